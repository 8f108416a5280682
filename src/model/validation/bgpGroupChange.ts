// ModifyBgpGroupAttribute's limits, the same as CreateBgpGroup's (SDK request model, reference
// §3.6): every field is optional and only what is given changes. The ASNs are judged together
// with what the group keeps, since a VBR speaks eBGP only and the peer must stay in another AS.

import type { BgpGroup } from '../types';
import { bgpAuthKeyProblem, bgpGroupDescriptionProblem, bgpGroupNameProblem, localAsnProblem, peerAsnProblem, routeQuotaProblem } from './bgp';
import { firstProblem } from './text';

export interface BgpGroupChange {
  name?: string;
  description?: string;
  peerAsn?: number;
  localAsn?: number;
  /** A new MD5 key; the old one is never known to the extension. */
  authKey?: string;
  /** Remove the key; not together with `authKey`. */
  clearAuthKey?: boolean;
  isFakeAsn?: boolean;
  routeQuota?: number;
}

/** The first problem of `change` applied to `current`, or undefined when the service would take it. */
export function bgpGroupChangeProblem(change: BgpGroupChange, current: Pick<BgpGroup, 'peerAsn' | 'localAsn'>): string | undefined {
  const given = <T>(value: T | undefined, check: (value: T) => string | undefined) => (): string | undefined => (value === undefined ? undefined : check(value));
  const asnChanges = change.peerAsn !== undefined || change.localAsn !== undefined;
  return firstProblem(
    given(change.name, bgpGroupNameProblem),
    given(change.description, bgpGroupDescriptionProblem),
    given(change.localAsn, localAsnProblem),
    () => (asnChanges ? peerAsnProblem(change.peerAsn ?? current.peerAsn, change.localAsn ?? current.localAsn) : undefined),
    given(change.authKey, (key) => (change.clearAuthKey === true ? 'Give a new authentication key or clear the key, not both.' : bgpAuthKeyProblem(key))),
    given(change.routeQuota, routeQuotaProblem),
  );
}

/**
 * What `change` really changes on `current`: values equal to the group's are dropped, clearing a
 * key the group does not have too; a new key is always kept (the old one is never known). An
 * empty result means there is nothing to send.
 */
export function effectiveBgpGroupChange(
  change: BgpGroupChange,
  current: Pick<BgpGroup, 'name' | 'description' | 'peerAsn' | 'localAsn' | 'hasAuthKey' | 'isFakeAsn' | 'routeLimit'>,
): BgpGroupChange {
  const differs = <T>(value: T | undefined, now: T | undefined): T | undefined => (value !== undefined && value !== now ? value : undefined);
  const effective: BgpGroupChange = {
    name: differs(change.name, current.name),
    description: differs(change.description, current.description),
    peerAsn: differs(change.peerAsn, current.peerAsn),
    localAsn: differs(change.localAsn, current.localAsn),
    authKey: change.authKey,
    clearAuthKey: change.clearAuthKey === true && current.hasAuthKey ? true : undefined,
    isFakeAsn: differs(change.isFakeAsn, current.isFakeAsn ?? false),
    routeQuota: differs(change.routeQuota, current.routeLimit),
  };
  return Object.fromEntries(Object.entries(effective).filter(([, value]) => value !== undefined)) as BgpGroupChange;
}
