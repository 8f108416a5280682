// The actions the context menu and the details pane offer for one element: only those that apply
// to its kind, status and to the sides the user holds profiles for. Peer connection rules come
// from the model (`allowedActions`), so the page, the explorer tree and the commands agree.
//
// Arguments sent with each command: `kind` and `id` (the explorer's resource kind and cloud id),
// `regionId` and `accountUid` of the side the action runs from, and the kind's own ids
// (`connectionId` and both ends for connections, `vpcId`, `vbrId`, `routerInterfaceId`, `bgpPeerId`).

import type { PeerEdge } from '../model/graph';
import { allowedActions, type PeerAction } from '../model/peerStatus';
import { asPeerEnd, type DrawnElement } from './elementDetails';
import type { ActionArgs, PageCommand } from './protocol';

export type LocalAction = 'details' | 'zoomIn';

export interface ElementAction {
  label: string;
  command?: PageCommand;
  args?: ActionArgs;
  local?: LocalAction;
}

const PEER_COMMANDS: Record<PeerAction, { command: PageCommand; label: string }> = {
  accept: { command: 'vpcPeering.acceptPeerConnection', label: 'Accept' },
  reject: { command: 'vpcPeering.rejectPeerConnection', label: 'Reject' },
  modify: { command: 'vpcPeering.modifyPeerConnection', label: 'Modify…' },
  delete: { command: 'vpcPeering.deletePeerConnection', label: 'Delete…' },
  addRoutes: { command: 'vpcPeering.addRoutes', label: 'Add routes…' },
  removeRoutes: { command: 'vpcPeering.removeRoutes', label: 'Remove routes…' },
};

export function actionsFor(element: DrawnElement, readOnly: boolean): ElementAction[] {
  const details: ElementAction = { label: 'Show details', local: 'details' };
  if (element.kind === 'regionSummary' || element.kind === 'aggregate') return [{ label: 'Zoom in', local: 'zoomIn' }, details];
  if (readOnly) return [details];
  const actions: ElementAction[] = [];
  switch (element.kind) {
    case 'peer':
      actions.push(...peerActions(element));
      break;
    case 'vpc': {
      const side = { regionId: element.regionId, accountUid: element.accountUid };
      actions.push(
        {
          label: 'Create peer connection from here…',
          command: 'vpcPeering.createPeerConnection',
          args: { requesterVpcId: element.vpcId, requesterRegionId: element.regionId, requesterAccountUid: element.accountUid },
        },
        { label: 'Diagnose connectivity…', command: 'vpcPeering.diagnoseConnectivity', args: { sourceVpcId: element.vpcId, ...side } },
        { label: 'Create router interface link…', command: 'vpcPeering.createRouterInterfaceConnection', args: { vpcId: element.vpcId, ...side } },
        { label: 'Copy ID', command: 'vpcPeering.copyId', args: { id: element.vpcId } },
        { label: 'Open in console', command: 'vpcPeering.openInConsole', args: { kind: 'vpc', id: element.vpcId, regionId: element.regionId } },
      );
      break;
    }
    case 'externalVpc':
      actions.push(
        {
          label: 'Request peering with this VPC…',
          command: 'vpcPeering.createPeerConnection',
          args: { accepterVpcId: element.vpcId, accepterRegionId: element.regionId, accepterAccountUid: element.accountUid },
        },
        { label: 'Copy ID', command: 'vpcPeering.copyId', args: { id: element.vpcId } },
      );
      break;
    case 'vbr': {
      const args = { kind: 'vbr', id: element.vbrId, vbrId: element.vbrId, regionId: element.regionId, accountUid: element.accountUid };
      actions.push(
        { label: 'Create BGP peer…', command: 'vpcPeering.createBgpPeer', args },
        { label: 'Create router interface link…', command: 'vpcPeering.createRouterInterfaceConnection', args },
        { label: 'Copy ID', command: 'vpcPeering.copyId', args: { id: element.vbrId } },
        { label: 'Open in console', command: 'vpcPeering.openInConsole', args: { kind: 'vbr', id: element.vbrId, regionId: element.regionId } },
      );
      break;
    }
    case 'routerInterface': {
      const [first, second] = element.interfaceIds;
      const args: ActionArgs = { kind: 'routerInterface', id: first, routerInterfaceId: first, regionId: element.regionId, accountUid: element.accountUid };
      if (second) args.oppositeInterfaceId = second;
      actions.push(
        { label: 'Delete router interface link…', command: 'vpcPeering.deleteRouterInterfaceConnection', args },
        { label: 'Copy ID', command: 'vpcPeering.copyId', args: { id: first } },
      );
      break;
    }
    case 'bgp':
    case 'bgpNeighbor': {
      const args = { kind: 'bgpPeer', id: element.bgpPeerId, bgpPeerId: element.bgpPeerId, regionId: element.regionId, accountUid: element.accountUid };
      actions.push(
        { label: 'Modify BGP peer…', command: 'vpcPeering.modifyBgpPeer', args },
        { label: 'Delete BGP peer…', command: 'vpcPeering.deleteBgpPeer', args },
        { label: 'Copy ID', command: 'vpcPeering.copyId', args: { id: element.bgpPeerId } },
      );
      break;
    }
    case 'router':
      actions.push({ label: 'Copy ID', command: 'vpcPeering.copyId', args: { id: element.routerId } });
      break;
    case 'region':
    case 'account':
      break;
  }
  return [details, ...actions];
}

function peerActions(edge: PeerEdge): ElementAction[] {
  const viewer = [edge.requester, edge.accepter].filter((end) => end.managed).map((end) => end.accountUid);
  const connection = { ...edge, requester: asPeerEnd(edge.requester), accepter: asPeerEnd(edge.accepter) };
  const base: ActionArgs = {
    kind: 'peerConnection',
    id: edge.connectionId,
    connectionId: edge.connectionId,
    requesterVpcId: edge.requester.vpcId,
    requesterRegionId: edge.requester.regionId,
    requesterAccountUid: edge.requester.accountUid,
    accepterVpcId: edge.accepter.vpcId,
    accepterRegionId: edge.accepter.regionId,
    accepterAccountUid: edge.accepter.accountUid,
  };
  // Accept and reject run from the accepter's account; the rest from the requester's when the
  // user holds it, else from the accepter's.
  const sideFor = (action: PeerAction) =>
    action === 'accept' || action === 'reject' || !edge.requester.managed ? edge.accepter : edge.requester;
  const actions: ElementAction[] = allowedActions(connection, viewer).map((action) => ({
    label: PEER_COMMANDS[action].label,
    command: PEER_COMMANDS[action].command,
    args: { ...base, regionId: sideFor(action).regionId, accountUid: sideFor(action).accountUid },
  }));
  const home = edge.requester.managed ? edge.requester : edge.accepter;
  if (edge.status === 'Activated' && viewer.length > 0) {
    actions.push({
      label: 'Diagnose connectivity…',
      command: 'vpcPeering.diagnoseConnectivity',
      args: { ...base, sourceVpcId: edge.requester.vpcId, destinationVpcId: edge.accepter.vpcId, regionId: home.regionId, accountUid: home.accountUid },
    });
  }
  actions.push({ label: 'Copy ID', command: 'vpcPeering.copyId', args: { id: edge.connectionId } });
  if (viewer.length > 0) {
    actions.push({ label: 'Open in console', command: 'vpcPeering.openInConsole', args: { kind: 'peerConnection', id: edge.connectionId, regionId: home.regionId } });
  }
  return actions;
}
