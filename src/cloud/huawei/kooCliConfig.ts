// Reading KooCLI's `~/.hcloud/config.json` (Huawei Cloud's `hcloud` command line) to offer its
// profiles in a picker and, for the one chosen, its access key when a client is built. The file is
// only ever read. Summaries carry names, modes, regions and a masked key id — never a secret.
// KooCLI 7 encrypts the keys it stores (`"authEncrypt": "true"`); those profiles cannot be used,
// and the summary says what to do instead (reference §10.3).

import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type CliConfigSummary, type CliProfileSummary, profilesDocument, profileSummary } from '../aliyunCliConfig';
import type { HuaweiCredentials } from './credentials';

interface RawProfile {
  name?: unknown;
  mode?: unknown;
  region?: unknown;
  accessKeyId?: unknown;
  secretAccessKey?: unknown;
  securityToken?: unknown;
  ssoAuth?: { stsToken?: { accessKeyId?: unknown; secretAccessKey?: unknown; securityToken?: unknown } };
}

interface RawConfig {
  authEncrypt?: unknown;
  current?: unknown;
  profiles: RawProfile[];
}

/** The modes whose keys are in the file: an access key pair, or an SSO login's temporary key. */
const USABLE_MODES: readonly string[] = ['AKSK', 'SSO'];

const modeReason = (mode: string): string => `The "${mode}" mode needs an ECS agency or a token this extension does not obtain; use an AKSK profile.`;

const ENCRYPTED_REASON = 'KooCLI stores its keys encrypted; run `hcloud configure set --cli-auth-encrypt=false`, or add the access key in the editor.';

/** `<home>/.hcloud/config.json`; `home` defaults to `os.homedir()` (which honours `HOME`). */
export function kooCliConfigPath(home: string = os.homedir()): string {
  return path.join(home, '.hcloud', 'config.json');
}

/** The profiles of the file's text. Throws an Error naming the file, never quoting it (it holds secrets). */
export function parseKooCliConfig(text: string, filePath: string): CliConfigSummary {
  const config = profilesDocument<RawConfig>(text, filePath);
  const current = nonEmpty(config.current);
  const encrypted = config.authEncrypt === 'true' || config.authEncrypt === true;
  const profiles = config.profiles.flatMap((raw): CliProfileSummary[] => {
    const name = nonEmpty(raw.name);
    if (!name) return [];
    const mode = nonEmpty(raw.mode) ?? 'AKSK';
    const keys = keysOf(raw);
    const reason = encrypted
      ? ENCRYPTED_REASON
      : !USABLE_MODES.includes(mode)
        ? modeReason(mode)
        : !keys
          ? 'The profile has no access key.'
          : undefined;
    return [profileSummary(name, mode, nonEmpty(raw.region), encrypted ? undefined : keys?.accessKeyId, current, reason)];
  });
  return { path: filePath, current, profiles };
}

/** Reads and parses KooCLI's configuration; undefined when the file does not exist. */
export async function readKooCliConfig(home?: string): Promise<CliConfigSummary | undefined> {
  const filePath = kooCliConfigPath(home);
  const text = await readConfigText(filePath);
  return text === undefined ? undefined : parseKooCliConfig(text, filePath);
}

/** The access key of a profile (the file's `current` when no name is given), read when a client is built. */
export async function kooCliCredentials(profileName?: string, filePath: string = kooCliConfigPath()): Promise<HuaweiCredentials> {
  const text = await readConfigText(filePath);
  if (text === undefined) throw new Error(`${filePath} does not exist: run \`hcloud configure init\`, or add the access key in the editor.`);
  const config = profilesDocument<RawConfig>(text, filePath);
  const name = profileName ?? nonEmpty(config.current);
  const raw = config.profiles.find((p) => nonEmpty(p.name) === name);
  if (!raw) throw new Error(`${filePath} has no profile named "${name ?? '(current)'}".`);
  if (config.authEncrypt === 'true' || config.authEncrypt === true) throw new Error(ENCRYPTED_REASON);
  const mode = nonEmpty(raw.mode) ?? 'AKSK';
  if (!USABLE_MODES.includes(mode)) throw new Error(modeReason(mode));
  const keys = keysOf(raw);
  if (!keys) throw new Error(`The KooCLI profile "${name}" has no access key.`);
  return keys;
}

/** The file's text; undefined when it does not exist; an Error naming the file and the errno code otherwise. */
async function readConfigText(filePath: string): Promise<string | undefined> {
  try {
    return await readFile(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`cannot read ${filePath}: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}`);
  }
}

function keysOf(raw: RawProfile): HuaweiCredentials | undefined {
  const source = nonEmpty(raw.mode) === 'SSO' ? (raw.ssoAuth?.stsToken ?? {}) : raw;
  const accessKeyId = nonEmpty(source.accessKeyId);
  const secretAccessKey = nonEmpty(source.secretAccessKey);
  if (!accessKeyId || !secretAccessKey) return undefined;
  const securityToken = nonEmpty(source.securityToken);
  return securityToken ? { accessKeyId, secretAccessKey, securityToken } : { accessKeyId, secretAccessKey };
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
