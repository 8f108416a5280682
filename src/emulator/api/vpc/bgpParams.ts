// What CreateBgpGroup, ModifyBgpGroupAttribute and the BGP peer writes check alike: the ASN and
// AuthKey parameters under their documented limits, and that the group or peer is not changing.

import { ApiError, invalidParameter, missingParameter } from '../../errors';
import type { CallContext } from '../context';
import { checkLocalAsn, checkPeerAsn } from './bgpRules';

/** The `PeerAsn` or `LocalAsn` parameter under its rule; `fallback` when absent (none: it is required). */
export function asnParam(ctx: CallContext, name: 'PeerAsn' | 'LocalAsn', fallback: number | undefined): number {
  const asn = ctx.params.integer(name) ?? fallback;
  if (asn === undefined) throw missingParameter(name);
  const problem = name === 'PeerAsn' ? checkPeerAsn(asn) : checkLocalAsn(asn);
  if (problem) throw invalidParameter(name, problem);
  return asn;
}

/** The `AuthKey` parameter: at most 80 characters. */
export function authKeyParam(ctx: CallContext): string | undefined {
  const authKey = ctx.params.string('AuthKey');
  if (authKey !== undefined && authKey.length > 80) throw invalidParameter('AuthKey', 'it must be at most 80 characters.');
  return authKey;
}

/** A BGP group or peer takes one change at a time: anything but Available is IncorrectStatus. */
export function checkAvailable(record: { id: string; status: string }, kind: 'BgpGroup' | 'BgpPeer'): void {
  const noun = kind === 'BgpGroup' ? 'BGP group' : 'BGP peer';
  if (record.status !== 'Available') throw new ApiError(`IncorrectStatus.${kind}`, `${noun} "${record.id}" is ${record.status}, not Available.`);
}
