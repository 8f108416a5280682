// ModifyBgpGroupAttribute (reference §3.6, SDK request model): name, description, peer ASN,
// local ASN, authentication key (or clearing it), fake ASN and route quota of a group, under the
// same limits as CreateBgpGroup. Like a peer's change, the group shows Modifying for a while and
// refuses a second change meanwhile; its peers take the new ASNs and key with it.

import { ApiError, invalidParameter } from '../../errors';
import { callerRecord, requiredRegion, stopIfDryRun } from '../common';
import type { ActionResult, CallContext } from '../context';
import { checkText } from '../validation';
import { TEXT_RULES } from '../../../model/validation/textRules';
import { checkLocalAsn, checkPeerAsn } from './bgpRules';

export function modifyBgpGroupAttribute(ctx: CallContext): ActionResult {
  const { params, world } = ctx;
  const regionId = requiredRegion(ctx);
  const group = callerRecord(ctx, regionId, 'BgpGroupId', world.bgpGroups, 'InvalidBgpGroupId.NotFound', 'BGP group');
  const peerAsn = params.integer('PeerAsn') ?? group.peerAsn;
  const peerAsnProblem = checkPeerAsn(peerAsn);
  if (peerAsnProblem) throw invalidParameter('PeerAsn', peerAsnProblem);
  const localAsn = params.integer('LocalAsn') ?? group.localAsn;
  const localAsnProblem = checkLocalAsn(localAsn);
  if (localAsnProblem) throw invalidParameter('LocalAsn', localAsnProblem);
  if (peerAsn === localAsn) throw invalidParameter('PeerAsn', `${peerAsn} is also the local ASN; a VBR speaks eBGP only.`);
  const name = checkText('Name', params.string('Name'), TEXT_RULES.bgpGroupName);
  const description = checkText('Description', params.string('Description'), TEXT_RULES.bgpGroupDescription);
  const authKey = params.string('AuthKey');
  if (authKey !== undefined && authKey.length > 80) throw invalidParameter('AuthKey', 'it must be at most 80 characters.');
  const clearAuthKey = params.boolean('ClearAuthKey') ?? false;
  if (clearAuthKey && authKey !== undefined) throw invalidParameter('ClearAuthKey', 'it cannot be given together with AuthKey.');
  const routeLimit = params.integer('RouteQuota', { min: 1, max: 10000 });
  const isFakeAsn = params.boolean('IsFakeAsn');
  if (group.status !== 'Available') throw new ApiError('IncorrectStatus.BgpGroup', `BGP group "${group.id}" is ${group.status}, not Available.`);
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
