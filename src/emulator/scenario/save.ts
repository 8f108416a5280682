// The world written back as a scenario document, for the state file: loading the result gives the
// same accounts, resources and ids. Resources in a transitional status are written as they are and
// settle one transition time after the next start.

import { isoSeconds } from '../clock';
import type { RegionalResource } from '../../model/types';
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
      ...ownedEntry(v),
      ...sameNamed(v, ['cidrBlock', 'secondaryCidrs', 'ipv6Cidrs', 'isDefault', 'status', 'resourceGroupId', 'tags']),
      createdAt: iso(v.createdAt),
      ...sameNamed(v, ['vRouterId', 'systemRouteTableId']),
      vSwitches: world.vSwitches.where('vpc', v.id).map((s) => ({
        ...sameNamed(s, ['id', 'name', 'description', 'zoneId', 'cidrBlock']),
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
          ...sameNamed(e, ['id', 'routeTableId', 'destination']),
          ...nextHopsToDocument(e.nextHops),
          ...sameNamed(e, ['name', 'description', 'status']),
          modifiedAt: iso(e.modifiedAt),
        }),
      ),
    peerConnections: r.peers.map((p) => ({
      ...sameNamed(p, ['id', 'name', 'description', 'status']),
      requesterVpcId: p.requester.vpcId,
      accepterVpcId: p.accepter.vpcId,
      bandwidthMbps: p.requester.regionId !== p.accepter.regionId ? p.bandwidth : undefined,
      ...sameNamed(p, ['linkType', 'bizStatus', 'managedService']),
      createdAt: iso(p.createdAt),
      modifiedAt: iso(p.modifiedAt),
      expiresAt: p.expiresAt !== undefined ? iso(p.expiresAt) : undefined,
      requesterSide: p.sides[p.requester.accountUid],
      accepterSide: p.requester.accountUid !== p.accepter.accountUid ? p.sides[p.accepter.accountUid] : undefined,
    })),
    routerInterfaces: r.routerInterfaces.map((ri) => ({
      id: ri.id,
      account: ri.accountUid,
      ...sameNamed(ri, ['regionId', 'routerId', 'role', 'spec', 'status', 'businessStatus', 'name', 'description', 'oppositeInterfaceId']),
      oppositeInterfaceOwner: ri.oppositeInterfaceOwnerId,
      ...sameNamed(ri, ['oppositeRouterId', 'oppositeRegionId', 'accessPointId', 'oppositeAccessPointId', 'chargeType', 'healthCheckSourceIp', 'healthCheckTargetIp']),
      createdAt: iso(ri.createdAt),
      connectedAt: ri.connectedAt !== undefined ? iso(ri.connectedAt) : undefined,
    })),
    vbrs: r.vbrs.map((v) => ({
      ...ownedEntry(v),
      ...sameNamed(v, ['status', 'vlanId', 'localGatewayIp', 'peerGatewayIp', 'peeringSubnetMask', 'physicalConnectionId', 'accessPointId', 'circuitCode', 'vlanInterfaceId', 'routeTableId']),
      enableIpv6: v.enableIpv6 || undefined,
      createdAt: iso(v.createdAt),
    })),
    bgpGroups: r.bgpGroups.map((g) => ({
      ...sameNamed(g, ['id', 'vbrId', 'name', 'description', 'peerAsn', 'localAsn', 'authKey', 'ipVersion', 'isFakeAsn', 'routeLimit', 'hold', 'keepalive', 'status']),
      createdAt: iso(g.createdAt),
    })),
    bgpPeers: r.bgpPeers.map((p) => ({
      ...sameNamed(p, ['id', 'bgpGroupId', 'name', 'description']),
      peerIpAddress: p.peerIpAddress || undefined,
      ...sameNamed(p, ['ipVersion', 'enableBfd', 'bfdMultiHop', 'status', 'bgpStatus', 'advertisedRouteCount', 'receivedRouteCount']),
      modifiedAt: iso(p.modifiedAt),
    })),
  };
}

/** The fields a document names as the record does, copied in the order given (the state file keeps it). */
function sameNamed<R, K extends keyof R>(record: R, keys: readonly K[]): Pick<R, K> {
  return Object.fromEntries(keys.map((key) => [key, record[key]])) as Pick<R, K>;
}

/** The fields every entry of something an account owns in a region starts with. */
function ownedEntry(record: RegionalResource): { id: string; account: string; regionId: string; name: string; description: string } {
  return { id: record.id, account: record.accountUid, regionId: record.regionId, name: record.name, description: record.description };
}

function nextHopsToDocument(hops: readonly NextHopRecord[]): Pick<ScenarioRouteEntry, 'nextHopType' | 'nextHopId' | 'nextHops'> {
  if (hops.length === 1 && hops[0].weight === undefined) return { nextHopType: hops[0].type, nextHopId: hops[0].id };
  return { nextHops: hops.map((h) => ({ type: h.type, id: h.id, weight: h.weight })) };
}
