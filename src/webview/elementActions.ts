// The actions the context menu and the details pane offer for one element: only those that apply
// to its kind, status and to the sides the user holds profiles for. Peer connection rules come
// from the model (`allowedActions`), so the page, the explorer tree and the commands agree.
//
// Each action carries exactly the arguments its command reads (pageActions.ts): the resource it
// starts from, and the profile that owns it where the command needs one. Everything else is asked
// by the command, as it would be from the tree.

import { capabilitiesOf, type ProviderCapabilities } from '../model/capabilities';
import { regionOfKey } from '../model/graph/providerRegions';
import type { CloudProvider } from '../model/resourceRef';
import type { PeerEdge } from '../model/graph';
import { allowedActions, type PeerAction } from '../model/peerStatus';
import { asPeerEnd, type DrawnElement } from './elementDetails';
import type { PageAction } from './pageActions';

export type LocalAction = 'details' | 'zoomIn';

export interface ElementAction {
  label: string;
  /** A command the host runs. */
  run?: PageAction;
  local?: LocalAction;
}

/** The active profile holding an account, when there is one. */
export type ProfileOf = (accountUid: string) => string | undefined;

const PEER_COMMANDS = {
  accept: { command: 'vpcPeering.acceptPeerConnection', label: 'Accept' },
  reject: { command: 'vpcPeering.rejectPeerConnection', label: 'Reject' },
  modify: { command: 'vpcPeering.modifyPeerConnection', label: 'Modify…' },
  delete: { command: 'vpcPeering.deletePeerConnection', label: 'Delete…' },
  addRoutes: { command: 'vpcPeering.addRoutes', label: 'Add routes…' },
  removeRoutes: { command: 'vpcPeering.removeRoutes', label: 'Remove routes…' },
} as const satisfies Record<PeerAction, { command: PageAction['command']; label: string }>;

const copyId = (id: string): ElementAction => ({ label: 'Copy ID', run: { command: 'vpcPeering.copyId', args: { id } } });

export function actionsFor(element: DrawnElement, readOnly: boolean, profileOf: ProfileOf): ElementAction[] {
  const details: ElementAction = { label: 'Show details', local: 'details' };
  if (element.kind === 'regionSummary' || element.kind === 'accountSummary' || element.kind === 'aggregate') return [{ label: 'Zoom in', local: 'zoomIn' }, details];
  if (readOnly) return [details];
  return [details, ...commandsFor(element, profileOf)];
}

function commandsFor(element: DrawnElement, profileOf: ProfileOf): ElementAction[] {
  switch (element.kind) {
    case 'peer':
      return peerActions(element);
    case 'vpc': {
      const { vpcId } = element;
      const { regionId, provider, cloud } = placeOf(element.regionId);
      const profileId = profileOf(element.accountUid);
      return [
        { label: 'Create peer connection from here…', run: { command: 'vpcPeering.createPeerConnection', args: { accountUid: element.accountUid, regionId, vpcId } } },
        { label: 'Diagnose connectivity…', run: { command: 'vpcPeering.diagnoseConnectivity', args: { vpcA: { vpcId, regionId, accountUid: element.accountUid, ...provider } } } },
        ...(profileId && cloud.expressConnect
          ? [{ label: 'Create router interface link…', run: { command: 'vpcPeering.createRouterInterfaceConnection', args: { initiator: { profileId, regionId, vpcId } } } } as const]
          : []),
        copyId(vpcId),
        { label: 'Open in console', run: { command: 'vpcPeering.openInConsole', args: { kind: 'vpc', id: vpcId, regionId, ...provider } } },
      ];
    }
    case 'externalVpc':
      return [
        {
          label: 'Request peering with this VPC…',
          run: { command: 'vpcPeering.createPeerConnection', args: { acceptingAccountUid: element.accountUid, acceptingRegionId: placeOf(element.regionId).regionId, acceptingVpcId: element.vpcId } },
        },
        copyId(element.vpcId),
      ];
    case 'vbr': {
      const { vbrId, regionId } = element;
      const profileId = profileOf(element.accountUid);
      return [
        ...(profileId
          ? [
              {
                label: 'Create router interface link…',
                run: { command: 'vpcPeering.createRouterInterfaceConnection', args: { initiator: { profileId, regionId, routerType: 'VBR', routerId: vbrId } } },
              } as const,
            ]
          : []),
        copyId(vbrId),
        { label: 'Open in console', run: { command: 'vpcPeering.openInConsole', args: { kind: 'vbr', id: vbrId, regionId } } },
      ];
    }
    case 'routerInterface': {
      const [first] = element.interfaceIds;
      const profileId = profileOf(element.accountUid);
      return [
        ...(profileId
          ? [
              {
                label: 'Delete router interface link…',
                run: { command: 'vpcPeering.deleteRouterInterfaceConnection', args: { profileId, regionId: element.regionId, routerInterfaceId: first } },
              } as const,
            ]
          : []),
        copyId(first),
      ];
    }
    case 'bgp':
    case 'bgpNeighbor': {
      const profileId = profileOf(element.accountUid);
      const peer = profileId ? { profileId, regionId: element.regionId, bgpPeerId: element.bgpPeerId } : undefined;
      return [
        ...(peer
          ? [
              { label: 'Modify BGP peer…', run: { command: 'vpcPeering.modifyBgpPeer', args: peer } } as const,
              { label: 'Delete BGP peer…', run: { command: 'vpcPeering.deleteBgpPeer', args: peer } } as const,
            ]
          : []),
        copyId(element.bgpPeerId),
      ];
    }
    case 'router':
      return [copyId(element.routerId)];
    default:
      // Regions and account boxes have no command of their own.
      return [];
  }
}

function peerActions(edge: PeerEdge): ElementAction[] {
  const viewer = [edge.requester, edge.accepter].filter((end) => end.managed).map((end) => end.accountUid);
  const connection = { ...edge, requester: asPeerEnd(edge.requester), accepter: asPeerEnd(edge.accepter) };
  const connectionId = edge.connectionId;
  const home = edge.requester.managed ? edge.requester : edge.accepter;
  const { regionId, provider, cloud } = placeOf(home.regionId);
  // The command picks the acting profile (the accepter's to accept or reject, else the side the
  // user holds), exactly as from the tree.
  const actions: ElementAction[] = allowedActions(connection, viewer).map((action) => ({
    label: PEER_COMMANDS[action].label,
    run: { command: PEER_COMMANDS[action].command, args: { connectionId, ...provider } },
  }));
  if (edge.status === 'Activated' && viewer.length > 0) {
    actions.push({ label: 'Diagnose connectivity…', run: { command: 'vpcPeering.diagnoseConnectivity', args: { connectionId, ...provider } } });
  }
  actions.push(copyId(connectionId));
  if (viewer.length > 0) {
    if (cloud.terraform) actions.push({ label: 'Export as Terraform…', run: { command: 'vpcPeering.exportTerraform', args: { connectionId } } });
    actions.push({ label: 'Open in console', run: { command: 'vpcPeering.openInConsole', args: { kind: 'peerConnection', id: connectionId, regionId, ...provider } } });
  }
  return actions;
}

/**
 * The real region, cloud and capabilities behind a graph region key (providerRegions.ts); `provider`
 * is what an arguments object adds for a cloud other than Alibaba Cloud.
 */
function placeOf(regionKey: string): { regionId: string; provider: { provider?: CloudProvider }; cloud: ProviderCapabilities } {
  const { regionId, provider } = regionOfKey(regionKey);
  return { regionId, provider: provider === 'alibaba' ? {} : { provider }, cloud: capabilitiesOf(provider) };
}
