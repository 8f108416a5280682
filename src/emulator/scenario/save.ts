// The world written back as a scenario document, for the state file: loading the result gives the
// same accounts, resources and ids. Resources in a transitional status are written as they are and
// settle one transition time after the next start.

import { isoSeconds } from '../clock';
import type { NextHopRecord } from '../world/records';
import type { World } from '../world/world';
import { DOCUMENT, SCENARIO_VERSION, type ScenarioDocument, type ScenarioRouteEntry } from './document';
import type { DocumentOf, Shape } from './shape';

const VPC = DOCUMENT.vpcs.type.array;

export function worldToDocument(world: World, description?: string): ScenarioDocument {
  const r = world.records();
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
      return entryOf(DOCUMENT.accounts.type.array, a, {
        accessKeyId: main?.accessKeyId,
        accessKeySecret: main?.accessKeySecret,
        stsCredentials: sts.length > 0 ? sts.map((k) => ({ accessKeyId: k.accessKeyId, accessKeySecret: k.accessKeySecret, securityToken: k.securityToken! })) : undefined,
      });
    }),
    vpcs: r.vpcs.map((v) =>
      entryOf(VPC, v, {
        account: v.accountUid,
        vSwitches: world.vSwitches.where('vpc', v.id).map((s) =>
          entryOf(VPC.vSwitches.type.array, s, { routeTableId: s.customRouteTableId, systemRouteEntryId: systemEntryFor.get(`${v.systemRouteTableId}|${s.cidrBlock}`) }),
        ),
      }),
    ),
    routeTables: r.routeTables.filter((t) => t.type === 'Custom' && t.vpcId !== undefined).map((t) => entryOf(DOCUMENT.routeTables.type.array, t)),
    routeEntries: r.routeEntries.filter((e) => e.type === 'Custom').map((e) => entryOf(DOCUMENT.routeEntries.type.array, e, nextHopsToDocument(e.nextHops))),
    peerConnections: r.peers.map((p) =>
      entryOf(DOCUMENT.peerConnections.type.array, p, {
        requesterVpcId: p.requester.vpcId,
        accepterVpcId: p.accepter.vpcId,
        bandwidthMbps: p.requester.regionId !== p.accepter.regionId ? p.bandwidth : undefined,
        requesterSide: p.sides[p.requester.accountUid],
        accepterSide: p.requester.accountUid !== p.accepter.accountUid ? p.sides[p.accepter.accountUid] : undefined,
      }),
    ),
    routerInterfaces: r.routerInterfaces.map((ri) =>
      entryOf(DOCUMENT.routerInterfaces.type.array, ri, { account: ri.accountUid, oppositeInterfaceOwner: ri.oppositeInterfaceOwnerId }),
    ),
    vbrs: r.vbrs.map((v) => entryOf(DOCUMENT.vbrs.type.array, v, { account: v.accountUid, enableIpv6: v.enableIpv6 || undefined })),
    bgpGroups: r.bgpGroups.map((g) => entryOf(DOCUMENT.bgpGroups.type.array, g)),
    bgpPeers: r.bgpPeers.map((p) => entryOf(DOCUMENT.bgpPeers.type.array, p, { peerIpAddress: p.peerIpAddress || undefined })),
  };
}

/**
 * A record as the document entry of `shape`: every field of the shape, in the shape's order (the
 * state file keeps it), from `given` when named there, else from the record's field of the same
 * name; a time the record keeps as epoch milliseconds where the document has a string is written
 * as ISO 8601. Absent values are left out.
 */
function entryOf<S extends Shape>(shape: S, record: object, given: Partial<DocumentOf<S>> = {}): DocumentOf<S> {
  const entry: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(shape)) {
    const value: unknown = name in given ? given[name as keyof typeof given] : (record as Record<string, unknown>)[name];
    if (value !== undefined) entry[name] = field.type === 'string' && typeof value === 'number' ? isoSeconds(value) : value;
  }
  return entry as DocumentOf<S>;
}

function nextHopsToDocument(hops: readonly NextHopRecord[]): Pick<ScenarioRouteEntry, 'nextHopType' | 'nextHopId' | 'nextHops'> {
  if (hops.length === 1 && hops[0].weight === undefined) return { nextHopType: hops[0].type, nextHopId: hops[0].id, nextHops: undefined };
  return { nextHops: hops.map((h) => ({ type: h.type, id: h.id, weight: h.weight })) };
}
