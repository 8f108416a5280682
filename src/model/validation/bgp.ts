// Express Connect BGP limits (CreateBgpGroup / CreateBgpPeer / ModifyBgpPeerAttribute):
// - LocalAsn: 45104 (Alibaba Cloud's, the default), or a custom private ASN 64512–65534 or
//   4200000000–4294967294; 65025 is reserved. PeerAsn: 1–4294967295.
// - AuthKey: the API documents no limit. The key is a TCP MD5 signature key (RFC 2385), which
//   common router implementations cap at 80 bytes, so 1–80 printable ASCII characters without
//   spaces are accepted — a key a customer router can be configured with too.
// - BfdMultiHop: 1–255, and only meaningful (and then required) when BFD is enabled.
// - RouteQuota (a group's most dynamic routes per peer): default 110, which is also the
//   documented limit of dynamic routes per peer, so 1–110.
// - Group name 2–128 characters starting with a letter or Chinese character; the description
//   follows the same rules as other descriptions (2–256, starting with a letter or Chinese
//   character, not http:// or https://).

import { reservedRangeOf, isIpAddress } from '../cidr';
import { type BgpGroup } from '../types';
import { clientTokenProblem, regionIdProblem, resourceIdProblem } from './ids';
import { addProblem, fieldChecks, type FieldProblems } from './problems';
import { firstProblem, lengthProblem, wholeNumberProblem } from './text';
import { TEXT_RULES, textRuleProblem } from './textRules';

export const DEFAULT_LOCAL_ASN = 45104;
export const RESERVED_ASN = 65025;
export const LOCAL_ASN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [64512, 65534],
  [4200000000, 4294967294],
];
export const PEER_ASN_RANGE = [1, 4294967295] as const;
export const AUTH_KEY_MAX_LENGTH = 80;
export const BFD_MULTI_HOP_RANGE = [1, 255] as const;
export const ROUTE_QUOTA_RANGE = [1, 110] as const;

export type BgpIpVersion = 'IPv4' | 'IPv6';

export function localAsnProblem(asn: unknown): string | undefined {
  const [privateRange, longRange] = LOCAL_ASN_RANGES.map(([low, high]) => `${low}–${high}`);
  if (asn === RESERVED_ASN) return `The local ASN ${RESERVED_ASN} is reserved; use ${privateRange} (except ${RESERVED_ASN}) or ${longRange}.`;
  if (asn === DEFAULT_LOCAL_ASN || LOCAL_ASN_RANGES.some((range) => wholeNumberProblem('The local ASN', asn, range) === undefined)) return undefined;
  return `The local ASN must be ${DEFAULT_LOCAL_ASN} (the default), ${privateRange} or ${longRange}; got ${String(asn)}.`;
}

export function peerAsnProblem(asn: unknown, localAsn: number = DEFAULT_LOCAL_ASN): string | undefined {
  // A VBR speaks eBGP only: the peer must be in another AS than Alibaba Cloud's side.
  const sameAsLocal = asn === localAsn ? `The peer ASN must differ from the local ASN (${localAsn}).` : undefined;
  return wholeNumberProblem('The peer ASN', asn, PEER_ASN_RANGE) ?? sameAsLocal;
}

export function bgpAuthKeyProblem(key: string): string | undefined {
  return firstProblem(
    () => lengthProblem('The BGP authentication key', key, 1, AUTH_KEY_MAX_LENGTH),
    () => (/^[\x21-\x7e]+$/.test(key) ? undefined : 'The BGP authentication key must contain printable ASCII characters only, without spaces.'),
  );
}

export function ipVersionProblem(value: unknown): string | undefined {
  return value === 'IPv4' || value === 'IPv6' ? undefined : `The IP version must be IPv4 or IPv6; got ${String(value)}.`;
}

/** The peer's address: a single address of the group's IP version, not a reserved one. */
export function bgpPeerIpProblem(address: string, ipVersion: BgpIpVersion = 'IPv4'): string | undefined {
  const version = ipVersion === 'IPv6' ? 6 : 4;
  if (!isIpAddress(address)) {
    return `The peer IP address must be a single ${ipVersion} address (no prefix length); "${address}" is not.`;
  }
  if (!isIpAddress(address, version)) {
    return `The peer IP address must be an ${ipVersion} address, as the BGP group uses ${ipVersion}; "${address}" is not.`;
  }
  const reserved = reservedRangeOf(address);
  if (reserved && reserved.kind !== 'sharedAddressSpace') return `The peer IP address ${address} is in the ${reserved.name} range.`;
  return undefined;
}

/** BfdMultiHop: 1–255 when BFD is enabled (then required), absent when it is not. */
export function bfdMultiHopProblem(value: unknown, enableBfd: boolean): string | undefined {
  const [low, high] = BFD_MULTI_HOP_RANGE;
  if (!enableBfd) return value === undefined ? undefined : 'BfdMultiHop applies only when BFD is enabled.';
  if (value === undefined) return `BfdMultiHop is required when BFD is enabled: ${low} for a direct link, up to ${high}.`;
  return wholeNumberProblem('BfdMultiHop', value, BFD_MULTI_HOP_RANGE);
}

export function routeQuotaProblem(value: unknown): string | undefined {
  const [low, high] = ROUTE_QUOTA_RANGE;
  if (typeof value === 'number' && Number.isInteger(value) && value >= low && value <= high) return undefined;
  return `The route limit must be a whole number from ${low} to ${high} (dynamic routes per BGP peer); got ${String(value)}.`;
}

export function bgpGroupNameProblem(name: string): string | undefined {
  return textRuleProblem('The BGP group name', name, TEXT_RULES.bgpGroupName);
}

export function bgpGroupDescriptionProblem(description: string): string | undefined {
  return textRuleProblem('The BGP group description', description, TEXT_RULES.bgpGroupDescription);
}

/** CreateBgpPeer / ModifyBgpPeerAttribute arguments in the model's words. */
export interface BgpPeerInput {
  regionId: string;
  bgpGroupId: string;
  /** Only for modify. */
  bgpPeerId?: string;
  peerIpAddress?: string;
  enableBfd?: boolean;
  bfdMultiHop?: number;
  ipVersion?: BgpIpVersion;
  clientToken?: string;
}

export type BgpPeerField = keyof BgpPeerInput;

/**
 * Every problem of a create (or, with `bgpPeerId`, modify) BGP peer request, keyed by field.
 * With the group at hand, the peer address must match the group's IP version.
 */
export function validateBgpPeer(
  input: Readonly<Record<string, unknown>>,
  operation: 'create' | 'modify' = 'create',
  group?: Pick<BgpGroup, 'ipVersion'>,
): FieldProblems<BgpPeerField> {
  const { problems, text, flag } = fieldChecks<BgpPeerField>(input);
  text('regionId', 'The region ID', regionIdProblem, true);
  text('bgpGroupId', 'The BGP group ID', (v) => resourceIdProblem('bgpGroup', v), operation === 'create');
  text('bgpPeerId', 'The BGP peer ID', (v) => resourceIdProblem('bgpPeer', v), operation === 'modify');
  text('clientToken', 'The ClientToken', clientTokenProblem, false);
  if (input.ipVersion !== undefined) addProblem(problems, 'ipVersion', ipVersionProblem(input.ipVersion));
  const groupVersion = group?.ipVersion.toLowerCase() === 'ipv6' ? 'IPv6' : group ? 'IPv4' : undefined;
  // An IP version that is not one already has its problem, which addProblem keeps.
  if (groupVersion && input.ipVersion !== undefined && input.ipVersion !== groupVersion) {
    addProblem(problems, 'ipVersion', `The IP version must match the BGP group's, ${groupVersion}.`);
  }
  const version: BgpIpVersion = groupVersion ?? (input.ipVersion === 'IPv6' ? 'IPv6' : 'IPv4');
  text('peerIpAddress', 'The peer IP address', (v) => bgpPeerIpProblem(v, version), false);
  flag('enableBfd', 'EnableBfd');
  // On modify an absent EnableBfd leaves BFD as it is, so BfdMultiHop alone cannot be judged
  // against it: it is checked as if BFD were on, and not at all when it is absent too.
  const bfdKept = operation === 'modify' && input.enableBfd === undefined;
  if (!bfdKept || input.bfdMultiHop !== undefined) addProblem(problems, 'bfdMultiHop', bfdMultiHopProblem(input.bfdMultiHop, bfdKept || input.enableBfd === true));
  return problems;
}
