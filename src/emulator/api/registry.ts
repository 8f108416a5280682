// Every emulated action, by API version and name.

import { ApiError } from '../errors';
import { API_VERSIONS, type ActionDefinition, type CallContext, type ActionResult, type Product } from './context';
import { getCallerIdentity } from './sts';
import {
  createBgpGroup,
  createBgpPeer,
  deleteBgpGroup,
  deleteBgpPeer,
  describeBgpGroups,
  describeBgpPeers,
  describeVirtualBorderRouters,
  modifyBgpGroupAttribute,
  modifyBgpPeerAttribute,
} from './vpc/expressConnect';
import { describeRegions, describeRouteTableList, describeVpcAttribute, describeVpcs, describeVSwitches } from './vpc/reads';
import {
  activateRouterInterface,
  connectRouterInterface,
  createRouterInterface,
  deactivateRouterInterface,
  deleteRouterInterface,
  describeRouterInterfaces,
  modifyRouterInterfaceAttribute,
} from './vpc/routerInterfaces';
import { createRouteEntry, deleteRouteEntry, describeRouteEntryList } from './vpc/routes';
import { createVpcPeerConnection } from './vpcPeer/create';
import { acceptVpcPeerConnection, deleteVpcPeerConnection, modifyVpcPeerConnection, rejectVpcPeerConnection } from './vpcPeer/lifecycle';
import { getVpcPeerConnectionAttribute, listVpcPeerConnections } from './vpcPeer/read';
import { listTagResources, moveResourceGroup, tagResources, unTagResources } from './vpcPeer/tags';

type Handler = (ctx: CallContext) => ActionResult;

const read = (product: Product, action: string, handler: Handler): ActionDefinition => ({ product, action, writes: false, handler });
const write = (product: Product, action: string, handler: Handler): ActionDefinition => ({ product, action, writes: true, handler });

const DEFINITIONS: ActionDefinition[] = [
  read('Vpc', 'DescribeRegions', describeRegions),
  read('Vpc', 'DescribeVpcs', describeVpcs),
  read('Vpc', 'DescribeVpcAttribute', describeVpcAttribute),
  read('Vpc', 'DescribeVSwitches', describeVSwitches),
  read('Vpc', 'DescribeRouteTableList', describeRouteTableList),
  read('Vpc', 'DescribeRouteEntryList', describeRouteEntryList),
  write('Vpc', 'CreateRouteEntry', createRouteEntry),
  write('Vpc', 'DeleteRouteEntry', deleteRouteEntry),
  write('Vpc', 'CreateRouterInterface', createRouterInterface),
  write('Vpc', 'ModifyRouterInterfaceAttribute', modifyRouterInterfaceAttribute),
  write('Vpc', 'ConnectRouterInterface', connectRouterInterface),
  write('Vpc', 'ActivateRouterInterface', activateRouterInterface),
  write('Vpc', 'DeactivateRouterInterface', deactivateRouterInterface),
  write('Vpc', 'DeleteRouterInterface', deleteRouterInterface),
  read('Vpc', 'DescribeRouterInterfaces', describeRouterInterfaces),
  read('Vpc', 'DescribeVirtualBorderRouters', describeVirtualBorderRouters),
  read('Vpc', 'DescribeBgpGroups', describeBgpGroups),
  write('Vpc', 'CreateBgpGroup', createBgpGroup),
  write('Vpc', 'ModifyBgpGroupAttribute', modifyBgpGroupAttribute),
  write('Vpc', 'DeleteBgpGroup', deleteBgpGroup),
  read('Vpc', 'DescribeBgpPeers', describeBgpPeers),
  write('Vpc', 'CreateBgpPeer', createBgpPeer),
  write('Vpc', 'ModifyBgpPeerAttribute', modifyBgpPeerAttribute),
  write('Vpc', 'DeleteBgpPeer', deleteBgpPeer),
  write('VpcPeer', 'CreateVpcPeerConnection', createVpcPeerConnection),
  write('VpcPeer', 'AcceptVpcPeerConnection', acceptVpcPeerConnection),
  write('VpcPeer', 'RejectVpcPeerConnection', rejectVpcPeerConnection),
  write('VpcPeer', 'ModifyVpcPeerConnection', modifyVpcPeerConnection),
  write('VpcPeer', 'DeleteVpcPeerConnection', deleteVpcPeerConnection),
  read('VpcPeer', 'GetVpcPeerConnectionAttribute', getVpcPeerConnectionAttribute),
  read('VpcPeer', 'ListVpcPeerConnections', listVpcPeerConnections),
  write('VpcPeer', 'TagResources', tagResources),
  write('VpcPeer', 'UnTagResources', unTagResources),
  read('VpcPeer', 'ListTagResources', listTagResources),
  write('VpcPeer', 'MoveResourceGroup', moveResourceGroup),
  read('Sts', 'GetCallerIdentity', getCallerIdentity),
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
