// The reads of one region: VPCs (v3, with secondary CIDRs), subnets, route tables and their
// routes, peerings (paged, optionally filtered) and one peering — mapped to the model.

import type { PeerConnection, RouteEntry, RouteTable, VSwitch, Vpc } from '../../model/types';
import { toPeerConnection, toRouteEntry, toRouteTable, toVSwitch, toVpc } from './mapping';
import { allByLastId, allByNextMarker } from './paging';
import { runIn, sdkRequest, type RegionSession } from './regionSession';
import type { PeeringWire, RouteTableWire, SubnetWire, VpcWireV3 } from './wire';

export interface PeeringFilter {
  vpcId?: string;
  status?: string;
  name?: string;
}

export async function listVpcWires(session: RegionSession, signal?: AbortSignal): Promise<VpcWireV3[]> {
  return allByNextMarker(async (marker) => {
    const answer = await runIn(session, { operation: 'listVpcs', kind: 'read', send: () => session.clients.vpcV3.listVpcs(sdkRequest({ limit: session.pageSize, marker })) }, signal);
    const wire = answer as unknown as { vpcs?: VpcWireV3[]; page_info?: { next_marker?: string } };
    return { items: wire.vpcs ?? [], nextMarker: wire.page_info?.next_marker };
  });
}

export async function listSubnetWires(session: RegionSession, vpcId?: string, signal?: AbortSignal): Promise<SubnetWire[]> {
  return allByLastId(async (marker, limit) => {
    const answer = await runIn(session, { operation: 'listSubnets', kind: 'read', send: () => session.clients.vpc.listSubnets(sdkRequest({ limit, marker, vpc_id: vpcId })) }, signal);
    return (answer as unknown as { subnets?: SubnetWire[] }).subnets ?? [];
  }, session.pageSize);
}

/** Route tables of the caller's VPCs (of one VPC when given), each with its routes. */
export async function listRouteTableWires(session: RegionSession, vpcId?: string, signal?: AbortSignal): Promise<RouteTableWire[]> {
  const tables = await allByLastId(async (marker, limit) => {
    const answer = await runIn(session, { operation: 'listRouteTables', kind: 'read', send: () => session.clients.vpc.listRouteTables(sdkRequest({ limit, marker, vpc_id: vpcId })) }, signal);
    return (answer as unknown as { routetables?: RouteTableWire[] }).routetables ?? [];
  }, session.pageSize);
  return Promise.all(tables.map((table) => showRouteTableWire(session, table.id, signal)));
}

export async function showRouteTableWire(session: RegionSession, routeTableId: string, signal?: AbortSignal): Promise<RouteTableWire> {
  const answer = await runIn(session, { operation: 'showRouteTable', kind: 'read', send: () => session.clients.vpc.showRouteTable(sdkRequest({ routetable_id: routeTableId })) }, signal);
  return (answer as unknown as { routetable: RouteTableWire }).routetable;
}

export async function listPeeringWires(session: RegionSession, filter: PeeringFilter = {}, signal?: AbortSignal): Promise<PeeringWire[]> {
  return allByLastId(async (marker, limit) => {
    const query = { limit, marker, vpc_id: filter.vpcId, status: filter.status, name: filter.name };
    const answer = await runIn(session, { operation: 'listVpcPeerings', kind: 'read', send: () => session.clients.vpc.listVpcPeerings(sdkRequest(query)) }, signal);
    return (answer as unknown as { peerings?: PeeringWire[] }).peerings ?? [];
  }, session.pageSize);
}

export async function showPeeringWire(session: RegionSession, peeringId: string, signal?: AbortSignal): Promise<PeeringWire> {
  const answer = await runIn(session, { operation: 'showVpcPeering', kind: 'read', send: () => session.clients.vpc.showVpcPeering(sdkRequest({ peering_id: peeringId })) }, signal);
  return (answer as unknown as { peering: PeeringWire }).peering;
}

/** The caller's VPCs of the region, with their subnets and route tables' ids. */
export async function listVpcs(session: RegionSession, signal?: AbortSignal): Promise<Vpc[]> {
  const [vpcs, subnets, tables] = await Promise.all([
    listVpcWires(session, signal),
    listSubnetWires(session, undefined, signal),
    allByLastId(async (marker, limit) => {
      const answer = await runIn(session, { operation: 'listRouteTables', kind: 'read', send: () => session.clients.vpc.listRouteTables(sdkRequest({ limit, marker })) }, signal);
      return (answer as unknown as { routetables?: RouteTableWire[] }).routetables ?? [];
    }, session.pageSize),
  ]);
  return vpcs.map((vpc) =>
    toVpc(
      vpc,
      session.view,
      tables.filter((table) => table.vpc_id === vpc.id).map((table) => table.id),
      subnets.filter((subnet) => subnet.vpc_id === vpc.id).map((subnet) => subnet.id),
    ),
  );
}

export async function listSubnets(session: RegionSession, vpcId?: string, signal?: AbortSignal): Promise<VSwitch[]> {
  return (await listSubnetWires(session, vpcId, signal)).map((subnet) => toVSwitch(subnet, session.view));
}

export async function listRouteTables(session: RegionSession, vpcId: string, signal?: AbortSignal): Promise<{ tables: RouteTable[]; entries: RouteEntry[] }> {
  const wires = await listRouteTableWires(session, vpcId, signal);
  return {
    tables: wires.map((table) => toRouteTable(table, session.view)),
    entries: wires.flatMap((table) => (table.routes ?? []).map((route) => toRouteEntry(route, table, session.view))),
  };
}

/** Peerings the caller's project is a side of; own VPCs' CIDRs fill in the ends when given. */
export async function listPeerings(session: RegionSession, filter: PeeringFilter = {}, ownVpcs: readonly Vpc[] = [], signal?: AbortSignal): Promise<PeerConnection[]> {
  const wires = await listPeeringWires(session, filter, signal);
  return wires.map((wire) => toPeerConnection(wire, session.view, cidrsFrom(ownVpcs)));
}

export function cidrsFrom(vpcs: readonly Vpc[]): (vpcId: string) => string[] | undefined {
  return (vpcId) => {
    const vpc = vpcs.find((v) => v.id === vpcId);
    return vpc ? [vpc.cidrBlock, ...vpc.secondaryCidrs] : undefined;
  };
}
