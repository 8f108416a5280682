// Reading a JSON request body's fields with the checks every write shares: the wrapper object
// (`{"peering": {…}}`), required and optional strings, their lengths and characters.

import { invalidParameter } from '../errors';

export type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `body[name]` as an object; refused when missing or of another type. */
export function wrapped(body: unknown, name: string): JsonObject {
  const value = isObject(body) ? body[name] : undefined;
  if (!isObject(value)) throw invalidParameter(`the body must be an object with a "${name}" object`);
  return value;
}

export function optionalObject(object: JsonObject, name: string): JsonObject | undefined {
  const value = object[name];
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw invalidParameter(`${name} must be an object`);
  return value;
}

export function optionalString(object: JsonObject, name: string): string | undefined {
  const value = object[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalidParameter(`${name} must be a string`);
  return value;
}

export function requiredString(object: JsonObject, name: string): string {
  const value = optionalString(object, name);
  if (value === undefined || value === '') throw invalidParameter(`${name} is required`);
  return value;
}

/** A peering's name: 1–64 characters (reference §4). */
export function checkName(name: string, field = 'name'): string {
  if (name.length < 1 || name.length > 64) throw invalidParameter(`${field} must be 1 to 64 characters long`);
  return name;
}

/** Descriptions: at most 255 characters, no angle brackets (reference §4, §6.2). */
export function checkDescription(description: string, field = 'description'): string {
  if (description.length > 255) throw invalidParameter(`${field} must be at most 255 characters long`);
  if (/[<>]/.test(description)) throw invalidParameter(`${field} must not contain < or >`);
  return description;
}

export function optionalArray(object: JsonObject, name: string): JsonObject[] {
  const value = object[name];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every(isObject)) throw invalidParameter(`${name} must be a list of objects`);
  return value;
}
