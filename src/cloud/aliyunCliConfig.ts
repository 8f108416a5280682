// Reading the aliyun CLI's `~/.aliyun/config.json` to offer its profiles in a picker. The file
// is only ever read: credentials of a chosen profile are then resolved by the credentials
// package's CLI profile provider (credentials.ts). Nothing read here leaves this module except
// names, modes, regions and a masked key id.

import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { maskAccessKeyId } from './redact';

/**
 * Modes resolved through the credentials package without writing to the file. `OAuth` and
 * `External` are left out on purpose: for those the package writes refreshed tokens back into
 * config.json, and this extension never changes the CLI's configuration.
 */
export const SUPPORTED_CLI_MODES: readonly string[] = [
  'AK',
  'StsToken',
  'RamRoleArn',
  'EcsRamRole',
  'ChainableRamRoleArn',
  'OIDC',
  'CloudSSO',
];

/** What a picker shows for one CLI profile. */
export interface CliProfileSummary {
  name: string;
  /** `AK`, `StsToken`, `RamRoleArn`, `EcsRamRole`, … as written in the file. */
  mode: string;
  regionId?: string;
  /** Masked (`LTAI****abcd`), for recognition only; absent for modes without a key. */
  maskedAccessKeyId?: string;
  /** Whether it is the file's `current` profile. */
  isCurrent: boolean;
  /** Whether this extension can use it; when not, `unsupportedReason` says why. */
  supported: boolean;
  unsupportedReason?: string;
}

export interface CliConfigSummary {
  path: string;
  current?: string;
  profiles: CliProfileSummary[];
}

interface RawProfile {
  name?: unknown;
  mode?: unknown;
  region_id?: unknown;
  access_key_id?: unknown;
  source_profile?: unknown;
}

/** `<home>/.aliyun/config.json`; `home` defaults to `os.homedir()` (which honours `HOME`). */
export function aliyunCliConfigPath(home: string = os.homedir()): string {
  return path.join(home, '.aliyun', 'config.json');
}

/**
 * Parses the file's text into summaries. Throws a plain Error naming the file but never quoting
 * its content (which holds secrets) when it is not the expected JSON.
 */
export function parseAliyunCliConfig(text: string, filePath: string): CliConfigSummary {
  const doc = profilesDocument<{ current?: unknown; profiles: RawProfile[] }>(text, filePath);
  const current = typeof doc.current === 'string' && doc.current !== '' ? doc.current : undefined;
  const byName = new Map<string, RawProfile>();
  for (const p of doc.profiles) {
    if (p && typeof p.name === 'string') byName.set(p.name, p);
  }
  const profiles: CliProfileSummary[] = [];
  for (const [name, raw] of byName) {
    const mode = typeof raw.mode === 'string' ? raw.mode : '';
    const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
    profiles.push(profileSummary(name, mode, text(raw.region_id), text(raw.access_key_id), current, unsupportedReason(raw, byName)));
  }
  return { path: filePath, current, profiles };
}

/**
 * A CLI's config file (the aliyun CLI's, KooCLI's): JSON with a `profiles` list. Throws a plain
 * Error naming the file but never quoting its content, which holds secrets.
 */
export function profilesDocument<T extends { profiles: unknown[] }>(text: string, filePath: string): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${filePath} is not valid JSON`);
  }
  if (typeof parsed !== 'object' || parsed === null || !Array.isArray((parsed as { profiles?: unknown }).profiles)) {
    throw new Error(`${filePath} has no "profiles" list`);
  }
  return parsed as T;
}

/** One profile of a CLI's config as a picker shows it (the aliyun CLI's, KooCLI's): never its key, only masked. */
export function profileSummary(name: string, mode: string, regionId: string | undefined, accessKeyId: string | undefined, current: string | undefined, problem: string | undefined): CliProfileSummary {
  return {
    name,
    mode,
    regionId,
    maskedAccessKeyId: accessKeyId ? maskAccessKeyId(accessKeyId) : undefined,
    isCurrent: name === current,
    supported: problem === undefined,
    unsupportedReason: problem,
  };
}

/** Reads and parses the CLI configuration; undefined when the file does not exist. */
export async function readAliyunCliConfig(home?: string): Promise<CliConfigSummary | undefined> {
  const filePath = aliyunCliConfigPath(home);
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`cannot read ${filePath}: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}`);
  }
  return parseAliyunCliConfig(text, filePath);
}

/** Why a profile cannot be used, following `source_profile` chains; undefined when it can. */
function unsupportedReason(profile: RawProfile, byName: ReadonlyMap<string, RawProfile>): string | undefined {
  const visited = new Set<RawProfile>();
  let current: RawProfile | undefined = profile;
  while (current) {
    if (visited.has(current)) return 'its source_profile chain loops';
    visited.add(current);
    const mode = typeof current.mode === 'string' ? current.mode : '';
    if (!SUPPORTED_CLI_MODES.includes(mode)) {
      const which = current === profile ? 'mode' : `source profile mode`;
      if (mode === 'OAuth' || mode === 'External') {
        return `${which} ${mode} refreshes tokens by rewriting config.json, which this extension never does; use the aliyun CLI for it`;
      }
      return `${which} "${mode}" is not supported`;
    }
    if (mode !== 'ChainableRamRoleArn') return undefined;
    const source: unknown = current.source_profile;
    if (typeof source !== 'string' || !byName.has(source)) return `source_profile "${String(source)}" not found`;
    current = byName.get(source);
  }
  return undefined;
}
