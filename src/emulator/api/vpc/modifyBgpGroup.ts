// ModifyBgpGroupAttribute (reference §3.6, SDK request model): name, description, peer ASN,
// local ASN, authentication key (or clearing it), fake ASN and route quota of a group, under the
// same limits as CreateBgpGroup. Like a peer's change, the group shows Modifying for a while and
// refuses a second change meanwhile; its peers take the new ASNs and key with it.

import { invalidParameter } from '../../errors';
import { callerRecord, requiredRegion, stopIfDryRun } from '../common';
import type { ActionResult, CallContext } from '../context';
import { checkText } from '../validation';
import { TEXT_RULES } from '../../../model/validation/textRules';
import { asnParam, authKeyParam, checkAvailable } from './bgpParams';

export function modifyBgpGroupAttribute(ctx: CallContext): ActionResult {
  const { params, world } = ctx;
  const regionId = requiredRegion(ctx);
  const group = callerRecord(ctx, regionId, 'BgpGroupId', world.bgpGroups, 'InvalidBgpGroupId.NotFound', 'BGP group');
  const peerAsn = asnParam(ctx, 'PeerAsn', group.peerAsn);
  const localAsn = asnParam(ctx, 'LocalAsn', group.localAsn);
  if (peerAsn === localAsn) throw invalidParameter('PeerAsn', `${peerAsn} is also the local ASN; a VBR speaks eBGP only.`);
  const name = checkText('Name', params.string('Name'), TEXT_RULES.bgpGroupName);
  const description = checkText('Description', params.string('Description'), TEXT_RULES.bgpGroupDescription);
  const authKey = authKeyParam(ctx);
  const clearAuthKey = params.boolean('ClearAuthKey') ?? false;
  if (clearAuthKey && authKey !== undefined) throw invalidParameter('ClearAuthKey', 'it cannot be given together with AuthKey.');
  const routeLimit = params.integer('RouteQuota', { min: 1, max: 10000 });
  const isFakeAsn = params.boolean('IsFakeAsn');
  checkAvailable(group, 'BgpGroup');
  stopIfDryRun(ctx);

  group.peerAsn = peerAsn;
  group.localAsn = localAsn;
  if (name !== undefined) group.name = name;
  if (description !== undefined) group.description = description;
  if (authKey !== undefined) group.authKey = authKey;
  if (clearAuthKey) group.authKey = '';
  if (routeLimit !== undefined) group.routeLimit = routeLimit;
  if (isFakeAsn !== undefined) group.isFakeAsn = isFakeAsn;
  world.beginTransition('bgpGroup', group, 'Modifying', 'Available');
  return {};
}
