// Identifier formats: resource ids (`vpc-…`, `pcc-…`), region ids, account UIDs, client tokens.
// The API documents only the prefixes (and that UIDs are int64), so the checks here catch pasting
// the wrong kind of id or a stray character; they do not try to guess the exact id length.
// Huawei Cloud names its VPCs, subnets, route tables and peerings by UUID, accounts and projects
// by 32 hex digits, and a route by its destination: `provider` says which rules apply.

import type { CloudProvider } from '../resourceRef';

/**
 * The resource ids the extension handles, per kind: the prefix (see the API reference, "Resource ID
 * prefixes") and how a message names the id.
 */
const ID_KINDS = {
  vpc: ['vpc-', 'VPC ID'],
  vSwitch: ['vsw-', 'vSwitch ID'],
  peerConnection: ['pcc-', 'peer connection ID'],
  routeTable: ['vtb-', 'route table ID'],
  routeEntry: ['rte-', 'route entry ID'],
  vRouter: ['vrt-', 'vRouter ID'],
  routerInterface: ['ri-', 'router interface ID'],
  vbr: ['vbr-', 'virtual border router ID'],
  bgpGroup: ['bgpg-', 'BGP group ID'],
  bgpPeer: ['bgp-', 'BGP peer ID'],
  resourceGroup: ['rg-', 'resource group ID'],
} as const satisfies Record<string, readonly [prefix: string, name: string]>;

export type IdKind = keyof typeof ID_KINDS;

/** Lower-case letters and digits after the prefix (real ids have no further hyphens, but tolerate them). */
const ID_BODY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const RESOURCE_ID_MAX_LENGTH = 64;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** The kinds Huawei Cloud names by UUID (a subnet is the model's vSwitch). */
const HUAWEI_UUID_KINDS: readonly IdKind[] = ['vpc', 'vSwitch', 'peerConnection', 'routeTable'];

/**
 * `vpc-bp1…` for kind `vpc`: the right prefix, then lower-case letters and digits, at most 64
 * characters. For Huawei Cloud, a UUID.
 */
export function resourceIdProblem(kind: IdKind, value: string, field = `The ${ID_KINDS[kind][1]}`, provider: CloudProvider = 'alibaba'): string | undefined {
  const prefix = ID_KINDS[kind][0];
  if (value === '') return `${field} is required.`;
  if (value.trim() !== value) return `${field} must not have leading or trailing spaces.`;
  if (provider === 'huawei') {
    if (!HUAWEI_UUID_KINDS.includes(kind)) return `${field}: Huawei Cloud has no ${ID_KINDS[kind][1].replace(/ ID$/, '')}s.`;
    return UUID.test(value) ? undefined : `${field} must be a Huawei Cloud ID, a UUID such as 3f1a0001-5b2c-4d7e-8a90-0000000000a1; "${value}" is not.`;
  }
  if (!value.startsWith(prefix)) {
    const hint = UUID.test(value) ? ' If it is a Huawei Cloud ID, say "provider": "huawei".' : '';
    return `${field} must start with "${prefix}"; "${value}" does not.${hint}`;
  }
  if (value.length > RESOURCE_ID_MAX_LENGTH) {
    return `${field} must be at most ${RESOURCE_ID_MAX_LENGTH} characters long; it has ${value.length}.`;
  }
  if (!ID_BODY.test(value.slice(prefix.length))) {
    return `${field} must be "${prefix}" followed by lower-case letters and digits; "${value}" is not.`;
  }
  return undefined;
}

/** `cn-hangzhou`, `ap-southeast-1`, `cn-shanghai-finance-1`. */
const REGION_ID = /^[a-z]{2,}(?:-[a-z0-9]+)+$/;

export function regionIdProblem(value: string, field = 'The region ID'): string | undefined {
  if (value === '') return `${field} is required.`;
  if (!REGION_ID.test(value)) {
    return `${field} must look like "cn-hangzhou" (lower-case words joined by hyphens); "${value}" does not.`;
  }
  return undefined;
}

const INT64_MAX = 9223372036854775807n;

/**
 * The accepter's main account UID (AcceptingAliUid, int64). Real UIDs have 16 digits; the API
 * documents only the integer type, so any positive int64 written in digits is accepted.
 */
export function accountUidProblem(value: string, field = 'The accepter account UID', provider: CloudProvider = 'alibaba'): string | undefined {
  if (value === '') return `${field} is required.`;
  // Huawei Cloud: an account ("domain") ID, or the peer's project ID in the region; both are 32 hex digits.
  if (provider === 'huawei') return /^[0-9a-f]{32}$/.test(value) ? undefined : `${field} must be a Huawei Cloud account or project ID (32 hex digits); "${value}" is not.`;
  if (!/^\d+$/.test(value)) return `${field} must contain digits only (a main account ID such as 1234567890123456); "${value}" does not.`;
  if (value.length > 1 && value.startsWith('0')) return `${field} must not start with 0.`;
  if (value === '0') return `${field} must be greater than 0.`;
  if (value.length > 19) return `${field} must have at most 19 digits (a 64-bit integer); it has ${value.length} digits.`;
  if (BigInt(value) > INT64_MAX) return `${field} must be at most ${INT64_MAX} (a 64-bit integer).`;
  return undefined;
}

export const CLIENT_TOKEN_MAX_LENGTH = 64;

/** ClientToken: printable ASCII, 1–64 characters. */
export function clientTokenProblem(value: string): string | undefined {
  if (value.length === 0 || value.length > CLIENT_TOKEN_MAX_LENGTH) {
    return `The ClientToken must be 1–${CLIENT_TOKEN_MAX_LENGTH} ASCII characters long; it has ${value.length}.`;
  }
  if (!/^[\x20-\x7e]+$/.test(value)) return 'The ClientToken must contain printable ASCII characters only.';
  return undefined;
}
