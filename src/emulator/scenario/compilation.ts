// The shared state of one scenario compilation: the records built so far, lookups between
// sections, and the problems found, each with the path of the value it concerns.

import { createHash } from 'node:crypto';
import type { IdFactory, IdPrefix } from '../ids';
import { isKnownRegion } from '../regions';
import type { RegionalResource } from '../../model/types';
import { emptyRecords, type AccountRecord, type RESOURCE_KINDS, type WorldRecords } from '../world/records';
import type { ScenarioOwned } from './document';

type Kind = (typeof RESOURCE_KINDS)[number];

export class ScenarioError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    const shown = problems.slice(0, 20).map((p) => `  - ${p}`);
    if (problems.length > 20) shown.push(`  … and ${problems.length - 20} more`);
    super(`The scenario ${source} is not valid:\n${shown.join('\n')}`);
    this.name = 'ScenarioError';
  }
}

export interface CompileOptions {
  ids: IdFactory;
  /** Default creation time of resources that give none. */
  now: number;
  acceptWindowMs: number;
}

/** Shared state of one compilation: the records so far and the problems found. */
export class Compilation {
  readonly problems: string[] = [];
  readonly records: WorldRecords = emptyRecords();
  /** The records so far by kind and id, for the sections that refer to them. */
  private readonly filed = new Map<Kind, Map<string, { id: string }>>();
  private readonly accountsByRef = new Map<string, AccountRecord>();
  private readonly seenIds = new Set<string>();

  constructor(readonly options: CompileOptions) {}

  problem(path: string, message: string): void {
    this.problems.push(`${path}: ${message}`);
  }

  addAccount(account: AccountRecord): void {
    this.accountsByRef.set(account.uid, account);
    this.accountsByRef.set(account.name, account);
  }

  account(ref: string, path: string): AccountRecord | undefined {
    const found = this.accountsByRef.get(ref);
    if (!found) this.problem(path, `no account named or numbered "${ref}".`);
    return found;
  }

  /** The path of `section[index]` in problems (`vpcs[3] (vpc-x)`), once its explicit id is checked. */
  entry(section: string, index: number, id: string, prefix: IdPrefix): string {
    const path = `${section}[${index}] (${id})`;
    this.id(id, prefix, `${path}.id`);
    return path;
  }

  /** Checks the account and region of something an account owns in a region; the account, if there is one. */
  owner(doc: ScenarioOwned, path: string): AccountRecord | undefined {
    const account = this.account(doc.account, `${path}.account`);
    this.region(doc.regionId, `${path}.regionId`);
    return account;
  }

  /** Adds a compiled record to the records, filed by id for the sections after this one. */
  add<K extends Kind>(kind: K, record: WorldRecords[K][number]): void {
    (this.records[kind] as Array<typeof record>).push(record);
    if (!this.filed.has(kind)) this.filed.set(kind, new Map());
    this.filed.get(kind)!.set(record.id, record);
  }

  find<K extends Kind>(kind: K, id: string): WorldRecords[K][number] | undefined {
    return this.filed.get(kind)?.get(id) as WorldRecords[K][number] | undefined;
  }

  /** The record of `kind` that `id` names, or a problem at `path` (`no VPC "vpc-x".`). */
  lookup<K extends Kind>(kind: K, id: string, path: string, noun: string): WorldRecords[K][number] | undefined {
    const found = this.find(kind, id);
    if (!found) this.problem(path, `no ${noun} "${id}".`);
    return found;
  }

  /** Checks an explicit id: prefix and uniqueness. */
  id(id: string, prefix: IdPrefix, path: string): string {
    if (!id.startsWith(`${prefix}-`)) this.problem(path, `"${id}" must start with "${prefix}-".`);
    if (this.seenIds.has(id)) this.problem(path, `the id "${id}" is used twice.`);
    this.seenIds.add(id);
    return id;
  }

  /** The given id (checked) or a new one. */
  idOr(id: string | undefined, prefix: IdPrefix, regionId: string, path: string): string {
    return id === undefined ? this.options.ids.next(prefix, regionId) : this.id(id, prefix, path);
  }

  time(value: string | undefined, path: string, fallback = this.options.now): number {
    if (value === undefined) return fallback;
    const parsed = Date.parse(value);
    if (Number.isNaN(parsed)) {
      this.problem(path, `"${value}" is not an ISO 8601 time such as 2026-01-01T08:00:00Z.`);
      return fallback;
    }
    return parsed;
  }

  region(regionId: string, path: string): boolean {
    if (isKnownRegion(regionId)) return true;
    this.problem(path, `"${regionId}" is not a known region id (for example cn-hangzhou, ap-southeast-1).`);
    return false;
  }

  oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, path: string): T {
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problem(path, `"${value}" is not one of ${allowed.join(', ')}.`);
    return fallback;
  }
}

/** What every record of something an account owns in a region takes from its entry: id, owner, region, name and description. */
export function ownedFields(doc: ScenarioOwned, account: AccountRecord): RegionalResource {
  return { id: doc.id, accountUid: account.uid, regionId: doc.regionId, ...nameAndDescription(doc) };
}

/** A resource's name and description as a document gives them: empty when left out, as the service answers. */
export function nameAndDescription(doc: { name?: string; description?: string }): { name: string; description: string } {
  return { name: doc.name ?? '', description: doc.description ?? '' };
}

export function digest(text: string, alphabet: string, length: number): string {
  const bytes = createHash('sha256').update(text).digest();
  let out = '';
  for (let i = 0; out.length < length; i++) out += alphabet[bytes[i % bytes.length] % alphabet.length];
  return out;
}

export const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** The key pair an account gets when the document names none: stable for a given uid. */
export function derivedAccessKey(uid: string): { accessKeyId: string; accessKeySecret: string } {
  return { accessKeyId: `LTAI5t${digest(`id:${uid}`, BASE62, 18)}`, accessKeySecret: digest(`secret:${uid}`, BASE62, 30) };
}

