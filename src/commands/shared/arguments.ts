// Commands run from menus (with a tree node), from the palette (with nothing) and from
// keybindings, tasks and tests (with a plain arguments object). These helpers read the
// arguments object defensively: wrong types are reported, never coerced silently.

import { ExplorerNode } from '../../views/explorer/explorerNode';

export class ArgumentError extends Error {
  override readonly name = 'ArgumentError';
}

/** The arguments object, or undefined for a tree node / no argument. */
export function argumentsObject(argument: unknown): Record<string, unknown> | undefined {
  if (argument === undefined || argument === null || argument instanceof ExplorerNode) return undefined;
  if (typeof argument !== 'object' || Array.isArray(argument)) {
    throw new ArgumentError('The command expects an arguments object such as { "profileId": "…" }.');
  }
  return argument as Record<string, unknown>;
}

export function optionalString(args: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = args?.[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new ArgumentError(`"${key}" must be a string.`);
  return value;
}

export function optionalBoolean(args: Record<string, unknown> | undefined, key: string): boolean | undefined {
  const value = args?.[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw new ArgumentError(`"${key}" must be true or false.`);
  return value;
}

export function optionalNumber(args: Record<string, unknown> | undefined, key: string): number | undefined {
  const value = args?.[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ArgumentError(`"${key}" must be a number.`);
  return value;
}

export function optionalStringArray(args: Record<string, unknown> | undefined, key: string): string[] | undefined {
  const value = args?.[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new ArgumentError(`"${key}" must be a list of strings.`);
  }
  return value as string[];
}
