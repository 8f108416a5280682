// Profiles: which credentials and which endpoint an account client uses. A profile never holds a
// secret; secrets are looked up when a client is built (see `SecretProvider` in accountClient.ts).

import type { CloudProvider } from '../model/resourceRef';
import { maskAccessKeyId } from './redact';

/** How a profile obtains its credentials. */
export type ProfileKind =
  /** Static keys of an emulator account; everything goes to the emulator endpoint. */
  | 'sandbox'
  /** An explicit access key id; the secret is handed in by the caller (kept in secret storage). */
  | 'accessKey'
  /** A named profile of the aliyun CLI (`~/.aliyun/config.json`), read-only. */
  | 'aliyunCli'
  /** Huawei Cloud: a named profile of KooCLI (`~/.hcloud/config.json`), read-only. */
  | 'hcloudCli'
  /**
   * `ALIBABA_CLOUD_ACCESS_KEY_ID` / `_SECRET` / optional `_SECURITY_TOKEN` from the environment;
   * for Huawei Cloud `HUAWEICLOUD_SDK_AK` / `_SK` / `_SECURITY_TOKEN` (or `HW_ACCESS_KEY` / …).
   */
  | 'environment'
  /** The credentials package's default chain (env, OIDC, CLI profile, credentials file, …). */
  | 'defaultChain';

/** Where requests go instead of the real per-product endpoints (an emulator, a private gateway). */
export interface EndpointOverride {
  /** `host[:port]`, no scheme, e.g. `127.0.0.1:4567`. */
  endpoint: string;
  protocol: 'http' | 'https';
}

export interface ProfileSpec {
  /** Stable id the extension uses to key caches and secrets. */
  id: string;
  /** What a person sees in pickers and the tree. */
  label: string;
  /** Whose cloud the account is in; absent means Alibaba Cloud (profiles saved before Huawei Cloud came). */
  provider?: CloudProvider;
  kind: ProfileKind;
  /**
   * For `aliyunCli`: the profile name inside `~/.aliyun/config.json`; for `hcloudCli`: inside
   * `~/.hcloud/config.json`. Absent = the file's `current`.
   */
  cliProfileName?: string;
  /** For `accessKey` and `sandbox`: the key id (not secret); the secret comes from the SecretProvider. */
  accessKeyId?: string;
  /** Region to start from (e.g. for DescribeRegions); defaults to `cn-hangzhou`. */
  regionHint?: string;
  /** Send every request here (sandbox: the emulator) instead of the real endpoints. */
  endpoint?: EndpointOverride;
  /**
   * For `defaultChain` only: also try the ECS instance metadata service. Off by default because
   * off ECS that step waits for a network timeout before the chain gives up.
   */
  useEcsMetadata?: boolean;
}

/**
 * One line for logs: kind, label, CLI profile name, masked key id, endpoint override. Safe to log
 * (a profile holds no secret, and the key id is masked: `LTAI****abcd`).
 */
export function describeProfile(spec: ProfileSpec): string {
  const parts = [`${spec.kind} "${spec.label}"`];
  if (spec.provider) parts.push(`provider ${spec.provider}`);
  if (spec.kind === 'aliyunCli' || spec.kind === 'hcloudCli') parts.push(`cli profile ${spec.cliProfileName ?? '(current)'}`);
  if (spec.accessKeyId) parts.push(`key ${maskAccessKeyId(spec.accessKeyId)}`);
  if (spec.endpoint) parts.push(`endpoint ${spec.endpoint.protocol}://${spec.endpoint.endpoint}`);
  return parts.join(', ');
}
