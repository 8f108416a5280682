// The world written back as a scenario document, for the state file: loading the result gives the
// same accounts, resources and ids. Resources in a transitional status are written as they are and
// settle one transition time after the next start.

import { isoSeconds } from '../clock';
import type { NextHopRecord } from '../world/records';
import type { World } from '../world/world';
import { SCENARIO_VERSION, type ScenarioDocument, type ScenarioRouteEntry } from './document';

export function worldToDocument(world: World, description?: string): ScenarioDocument {
  const r = world.records();
  const iso = isoSeconds;
  const systemEntryFor = new Map<string, string>();
  for (const entry of r.routeEntries) if (entry.type === 'System') systemEntryFor.set(`${entry.routeTableId}|${entry.destination}`, entry.id);

  return {
    version: SCENARIO_VERSION,
    description,
    regions: r.regions,
    accounts: r.accounts.map((a) => {
      const keys = r.accessKeys.filter((k) => k.accountUid === a.uid);
      const main = keys.find((k) => k.securityToken === undefined);
      const sts = keys.filter((k) => k.securityToken !== undefined);
      return {
        name: a.name,
        uid: a.uid,
        accessKeyId: main?.accessKeyId,
        accessKeySecret: main?.accessKeySecret,
        stsCredentials: sts.length > 0 ? sts.map((k) => ({ accessKeyId: k.accessKeyId, accessKeySecret: k.accessKeySecret, securityToken: k.securityToken! })) : undefined,
        resourceGroups: a.resourceGroups,
      };
    }),
    vpcs: r.vpcs.map((v) => ({
      id: v.id,
      account: v.accountUid,
      regionId: v.regionId,
      name: v.name,
      description: v.description,
      cidrBlock: v.cidrBlock,
      secondaryCidrs: v.secondaryCidrs,
      ipv6Cidrs: v.ipv6Cidrs,
      isDefault: v.isDefault,
      status: v.status,
      resourceGroupId: v.resourceGroupId,
      tags: v.tags,
      createdAt: iso(v.createdAt),
      vRouterId: v.vRouterId,
      systemRouteTableId: v.systemRouteTableId,
      vSwitches: world.vSwitches.where('vpc', v.id).map((s) => ({
        id: s.id,
        name: s.name,
        description: s.description,
        zoneId: s.zoneId,
        cidrBlock: s.cidrBlock,
        routeTableId: s.customRouteTableId,
        systemRouteEntryId: systemEntryFor.get(`${v.systemRouteTableId}|${s.cidrBlock}`),
        createdAt: iso(s.createdAt),
      })),
    })),
    routeTables: r.routeTables
      .filter((t) => t.type === 'Custom' && t.vpcId !== undefined)
      .map((t) => ({ id: t.id, vpcId: t.vpcId!, name: t.name, description: t.description, createdAt: iso(t.createdAt) })),
    routeEntries: r.routeEntries
      .filter((e) => e.type === 'Custom')
      .map(
        (e): ScenarioRouteEntry => ({
          id: e.id,
          routeTableId: e.routeTableId,
          destination: e.destination,
          ...nextHopsToDocument(e.nextHops),
          name: e.name,
          description: e.description,
          status: e.status,
          modifiedAt: iso(e.modifiedAt),
        }),
      ),
    peerConnections: r.peers.map((p) => ({
      id: p.id,
      name: p.name,
      description: p.description,
      status: p.status,
      requesterVpcId: p.requester.vpcId,
      accepterVpcId: p.accepter.vpcId,
      bandwidthMbps: p.requester.regionId !== p.accepter.regionId ? p.bandwidth : undefined,
      linkType: p.linkType,
      bizStatus: p.bizStatus,
      managedService: p.managedService,
      createdAt: iso(p.createdAt),
      modifiedAt: iso(p.modifiedAt),
      expiresAt: p.expiresAt !== undefined ? iso(p.expiresAt) : undefined,
      requesterSide: p.sides[p.requester.accountUid],
      accepterSide: p.requester.accountUid !== p.accepter.accountUid ? p.sides[p.accepter.accountUid] : undefined,
    })),
    routerInterfaces: r.routerInterfaces.map((ri) => ({
      id: ri.id,
      account: ri.accountUid,
      regionId: ri.regionId,
      routerId: ri.routerId,
      role: ri.role,
      spec: ri.spec,
      status: ri.status,
      businessStatus: ri.businessStatus,
      name: ri.name,
      description: ri.description,
      oppositeInterfaceId: ri.oppositeInterfaceId,
      oppositeInterfaceOwner: ri.oppositeInterfaceOwnerId,
      oppositeRouterId: ri.oppositeRouterId,
      oppositeRegionId: ri.oppositeRegionId,
      accessPointId: ri.accessPointId,
      oppositeAccessPointId: ri.oppositeAccessPointId,
      chargeType: ri.chargeType,
      healthCheckSourceIp: ri.healthCheckSourceIp,
      healthCheckTargetIp: ri.healthCheckTargetIp,
      createdAt: iso(ri.createdAt),
      connectedAt: ri.connectedAt !== undefined ? iso(ri.connectedAt) : undefined,
    })),
    vbrs: r.vbrs.map((v) => ({
      id: v.id,
      account: v.accountUid,
      regionId: v.regionId,
      name: v.name,
      description: v.description,
      status: v.status,
      vlanId: v.vlanId,
      localGatewayIp: v.localGatewayIp,
      peerGatewayIp: v.peerGatewayIp,
      peeringSubnetMask: v.peeringSubnetMask,
      physicalConnectionId: v.physicalConnectionId,
      accessPointId: v.accessPointId,
      circuitCode: v.circuitCode,
      vlanInterfaceId: v.vlanInterfaceId,
      routeTableId: v.routeTableId,
      enableIpv6: v.enableIpv6 || undefined,
      createdAt: iso(v.createdAt),
    })),
    bgpGroups: r.bgpGroups.map((g) => ({
      id: g.id,
      vbrId: g.vbrId,
      name: g.name,
      description: g.description,
      peerAsn: g.peerAsn,
      localAsn: g.localAsn,
      authKey: g.authKey,
      ipVersion: g.ipVersion,
      isFakeAsn: g.isFakeAsn,
      routeLimit: g.routeLimit,
      hold: g.hold,
      keepalive: g.keepalive,
      status: g.status,
      createdAt: iso(g.createdAt),
    })),
    bgpPeers: r.bgpPeers.map((p) => ({
      id: p.id,
      bgpGroupId: p.bgpGroupId,
      name: p.name,
      description: p.description,
      peerIpAddress: p.peerIpAddress || undefined,
      ipVersion: p.ipVersion,
      enableBfd: p.enableBfd,
      bfdMultiHop: p.bfdMultiHop,
      status: p.status,
      bgpStatus: p.bgpStatus,
      advertisedRouteCount: p.advertisedRouteCount,
      receivedRouteCount: p.receivedRouteCount,
      modifiedAt: iso(p.modifiedAt),
    })),
  };
}

function nextHopsToDocument(hops: readonly NextHopRecord[]): Pick<ScenarioRouteEntry, 'nextHopType' | 'nextHopId' | 'nextHops'> {
  if (hops.length === 1 && hops[0].weight === undefined) return { nextHopType: hops[0].type, nextHopId: hops[0].id };
  return { nextHops: hops.map((h) => ({ type: h.type, id: h.id, weight: h.weight })) };
}
