// The arguments objects of the commands the topology page may run, as the commands read them
// (docs/commands.md has the whole list of each command's keys). The page builds exactly these,
// the host checks what arrives against them (webview/pageActions.ts), and the commands read the
// same names: there is no second spelling of a key for the graph.
//
// Only what names the resource an action starts from is here. Values that answer a prompt, and
// every option that skips a confirmation or a review, are left out on purpose: from the page a
// command asks the person exactly what it would ask from the tree.

import type { RouterType } from './types';
import type { CreatePeerConnectionInput } from './validation/peerConnection';
import type { CloudProvider, ResourceKind } from './resourceRef';

/** Accept, reject, modify, delete, add routes, remove routes: the connection (`provider` for another cloud than Alibaba Cloud). */
export interface PeerConnectionArguments {
  connectionId: string;
  provider?: CloudProvider;
}

/**
 * Create Peer Connection: one end, the other is asked. The requester is named by its account
 * (`accountUid`, the active profile holding it acts) or by `profileId`.
 */
export interface CreatePeerConnectionArguments extends Partial<Pick<CreatePeerConnectionInput, 'regionId' | 'vpcId' | 'acceptingAccountUid' | 'acceptingRegionId' | 'acceptingVpcId'>> {
  profileId?: string;
  accountUid?: string;
  /** Ask the details and show the review page even when both ends are given. */
  review?: boolean;
}

/** One VPC of a diagnosis; the store's copy when it has one, else an outside VPC. */
export interface DiagnosisEndpointArguments {
  vpcId: string;
  profileId?: string;
  regionId?: string;
  accountUid?: string;
  provider?: CloudProvider;
}

/** Diagnose Connectivity: a connection's two ends, or two VPCs (one given: the other is asked). */
export interface DiagnoseConnectivityArguments {
  connectionId?: string;
  provider?: CloudProvider;
  vpcA?: DiagnosisEndpointArguments;
  vpcB?: DiagnosisEndpointArguments;
}

/** A router that can hold router interfaces: a VPC's vRouter (by VPC id) or a VBR (by its id). */
export interface RouterEndArguments {
  profileId: string;
  regionId: string;
  routerType?: RouterType;
  routerId?: string;
  vpcId?: string;
}

/** Create Router Interface Connection: the initiating end; the rest is asked. */
export interface RouterInterfaceConnectionArguments {
  initiator?: RouterEndArguments;
  acceptor?: RouterEndArguments;
}

/** Delete Router Interface Connection: one interface of the link. */
export interface RouterInterfaceArguments {
  profileId: string;
  regionId: string;
  routerInterfaceId: string;
}

/** Modify or delete a BGP peer. */
export interface BgpPeerArguments {
  profileId: string;
  regionId: string;
  bgpPeerId: string;
}

export interface CopyIdArguments {
  id: string;
}

export interface OpenInConsoleArguments {
  kind: ResourceKind;
  id: string;
  regionId?: string;
  profileId?: string;
  provider?: CloudProvider;
}

/** Export as Terraform from the graph: one connection, opened in an editor (a `path` is not for the page). */
export interface ExportTerraformArguments {
  connectionId: string;
  format?: 'hcl' | 'cdktf';
}

/** Export Topology: the format; where to save is always asked (`path` is not for the page). */
export interface ExportTopologyArguments {
  format?: 'png' | 'svg' | 'html';
}

