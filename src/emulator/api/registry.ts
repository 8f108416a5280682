// Every emulated action, by API version and name.

import { ApiError } from '../errors';
import { API_VERSIONS, type ActionDefinition, type CallContext, type ActionResult, type Product } from './context';
import * as sts from './sts';
import * as expressConnect from './vpc/expressConnect';
import * as reads from './vpc/reads';
import * as routerInterfaces from './vpc/routerInterfaces';
import * as routes from './vpc/routes';
import * as create from './vpcPeer/create';
import * as lifecycle from './vpcPeer/lifecycle';
import * as peerReads from './vpcPeer/read';
import * as tags from './vpcPeer/tags';

type Handler = (ctx: CallContext) => ActionResult;

const read = (product: Product, action: string, handler: Handler): ActionDefinition => ({ product, action, writes: false, handler });
const write = (product: Product, action: string, handler: Handler): ActionDefinition => ({ product, action, writes: true, handler });

const DEFINITIONS: ActionDefinition[] = [
  read('Vpc', 'DescribeRegions', reads.describeRegions),
  read('Vpc', 'DescribeVpcs', reads.describeVpcs),
  read('Vpc', 'DescribeVpcAttribute', reads.describeVpcAttribute),
  read('Vpc', 'DescribeVSwitches', reads.describeVSwitches),
  read('Vpc', 'DescribeRouteTableList', reads.describeRouteTableList),
  read('Vpc', 'DescribeRouteEntryList', routes.describeRouteEntryList),
  write('Vpc', 'CreateRouteEntry', routes.createRouteEntry),
  write('Vpc', 'DeleteRouteEntry', routes.deleteRouteEntry),
  write('Vpc', 'CreateRouterInterface', routerInterfaces.createRouterInterface),
  write('Vpc', 'ModifyRouterInterfaceAttribute', routerInterfaces.modifyRouterInterfaceAttribute),
  write('Vpc', 'ConnectRouterInterface', routerInterfaces.connectRouterInterface),
  write('Vpc', 'ActivateRouterInterface', routerInterfaces.activateRouterInterface),
  write('Vpc', 'DeactivateRouterInterface', routerInterfaces.deactivateRouterInterface),
  write('Vpc', 'DeleteRouterInterface', routerInterfaces.deleteRouterInterface),
  read('Vpc', 'DescribeRouterInterfaces', routerInterfaces.describeRouterInterfaces),
  read('Vpc', 'DescribeVirtualBorderRouters', expressConnect.describeVirtualBorderRouters),
  read('Vpc', 'DescribeBgpGroups', expressConnect.describeBgpGroups),
  write('Vpc', 'CreateBgpGroup', expressConnect.createBgpGroup),
  write('Vpc', 'ModifyBgpGroupAttribute', expressConnect.modifyBgpGroupAttribute),
  write('Vpc', 'DeleteBgpGroup', expressConnect.deleteBgpGroup),
  read('Vpc', 'DescribeBgpPeers', expressConnect.describeBgpPeers),
  write('Vpc', 'CreateBgpPeer', expressConnect.createBgpPeer),
  write('Vpc', 'ModifyBgpPeerAttribute', expressConnect.modifyBgpPeerAttribute),
  write('Vpc', 'DeleteBgpPeer', expressConnect.deleteBgpPeer),
  write('VpcPeer', 'CreateVpcPeerConnection', create.createVpcPeerConnection),
  write('VpcPeer', 'AcceptVpcPeerConnection', lifecycle.acceptVpcPeerConnection),
  write('VpcPeer', 'RejectVpcPeerConnection', lifecycle.rejectVpcPeerConnection),
  write('VpcPeer', 'ModifyVpcPeerConnection', lifecycle.modifyVpcPeerConnection),
  write('VpcPeer', 'DeleteVpcPeerConnection', lifecycle.deleteVpcPeerConnection),
  read('VpcPeer', 'GetVpcPeerConnectionAttribute', peerReads.getVpcPeerConnectionAttribute),
  read('VpcPeer', 'ListVpcPeerConnections', peerReads.listVpcPeerConnections),
  write('VpcPeer', 'TagResources', tags.tagResources),
  write('VpcPeer', 'UnTagResources', tags.unTagResources),
  read('VpcPeer', 'ListTagResources', tags.listTagResources),
  write('VpcPeer', 'MoveResourceGroup', tags.moveResourceGroup),
  read('Sts', 'GetCallerIdentity', sts.getCallerIdentity),
];

const byVersionAndAction = new Map(DEFINITIONS.map((d) => [`${API_VERSIONS[d.product]}/${d.action}`, d]));

/** The definition of `action` in `version`; the service's error when there is none. */
export function findAction(action: string, version: string): ActionDefinition {
  const found = byVersionAndAction.get(`${version}/${action}`);
  if (found) return found;
  const elsewhere = DEFINITIONS.filter((d) => d.action === action);
  if (elsewhere.length > 0) {
    const versions = elsewhere.map((d) => API_VERSIONS[d.product]).join(' or ');
    throw new ApiError('InvalidVersion', `Specified parameter Version "${version}" is not valid for ${action}; use ${versions}.`);
  }
  throw new ApiError('InvalidAction.NotFound', `Specified api "${action}" is not found, please check your url and method.`, 404);
}

/** The product an action name belongs to, for the `HostId` of an error answered before dispatch. */
export function productOf(action: string | undefined, version: string | undefined): Product | undefined {
  if (!action) return undefined;
  return byVersionAndAction.get(`${version}/${action}`)?.product ?? DEFINITIONS.find((d) => d.action === action)?.product;
}

export function emulatedActions(): ReadonlyArray<{ product: Product; version: string; action: string }> {
  return DEFINITIONS.map((d) => ({ product: d.product, version: API_VERSIONS[d.product], action: d.action }));
}
