// Drift between the workspace's Terraform and the live inventory:
// - managed: live resources a block or state entry owns;
// - unmanaged: live resources nothing in code or state owns;
// - missing: what state or code names by id but no longer exists (deleted outside Terraform),
//   judged only where the inventory covers it (an account without a profile is not "missing");
// - differences: arguments whose literal value in code (or else in state) differs from live.

import type { InventorySnapshot, PeerConnection, RouteEntry } from '../../model/types';
import { routeEntryKeys } from './liveIdentity';
import { isExpression, referencedBlock } from './terraformBlocks';
import type { Ownership, TerraformIndex } from './terraformIndex';
import { terraformSnapshot } from '../terraformScope';

export interface DriftReport {
  managed: Array<{ id: string; address: string; file: string; line: number }>;
  unmanaged: string[];
  missing: Array<{ address: string; file: string; line: number; id?: string }>;
  differences: Array<{ id: string; address: string; attribute: string; code: string; live: string }>;
}

/** Records of requests that never became links: not live resources anyone would manage. */
const DEAD_STATUSES = new Set(['Rejected', 'Expired', 'Deleted']);
/** The service moves out of these by itself; a difference then is not drift. */
const TRANSITIONAL_STATUSES = new Set(['Creating', 'Updating', 'Deleting', 'Accepting']);
const IGNORED_TAG_KEY = /^(aliyun|acs:|https?:\/\/)/;

interface LiveResource {
  id: string;
  keys: string[];
  connection?: PeerConnection;
  route?: RouteEntry;
}

export function findDrift(index: TerraformIndex, everything: InventorySnapshot): DriftReport {
  const snapshot = terraformSnapshot(everything);
  const live = liveResources(snapshot);
  const byKey = new Map<string, LiveResource>();
  for (const resource of live) for (const key of resource.keys) byKey.set(key, resource);
  const scope = knownIds(snapshot);
  const byAddress = new Map(index.owned.map((o) => [o.address, o]));

  const report: DriftReport = { managed: [], unmanaged: [], missing: [], differences: [] };
  const owned = new Set<LiveResource>();
  for (const ownership of index.owned) {
    const resource = ownership.key ? byKey.get(ownership.key) : undefined;
    if (resource) {
      if (!owned.has(resource)) report.managed.push({ id: resource.id, address: ownership.address, file: ownership.file, line: ownership.line });
      owned.add(resource);
      report.differences.push(...differencesOf(ownership, resource));
    } else if (ownership.key && namesIdOutright(ownership) && inScope(ownership, scope, byAddress)) {
      report.missing.push({ address: ownership.address, file: ownership.file, line: ownership.line, id: ownership.state?.id ?? ownership.key });
    }
  }
  report.unmanaged = live.filter((resource) => !owned.has(resource)).map((resource) => resource.id);
  return report;
}

function liveResources(snapshot: InventorySnapshot): LiveResource[] {
  const seen = new Set<string>();
  const resources: LiveResource[] = [];
  const add = (resource: LiveResource) => {
    if (seen.has(resource.id)) return;
    seen.add(resource.id);
    resources.push(resource);
  };
  for (const region of snapshot.regions) {
    for (const connection of region.peerConnections) if (!DEAD_STATUSES.has(connection.status)) add({ id: connection.id, keys: [connection.id], connection });
    for (const route of region.routeEntries ?? []) {
      if (route.type === 'Custom' && route.nextHops.some((hop) => hop.type === 'VpcPeer')) add({ id: route.id, keys: routeEntryKeys(route), route });
    }
    for (const ri of region.routerInterfaces) add({ id: ri.id, keys: [ri.id] });
    for (const group of region.bgpGroups) add({ id: group.id, keys: [group.id] });
    for (const peer of region.bgpPeers) add({ id: peer.id, keys: [peer.id] });
  }
  return resources;
}

/** Whether code or state names the resource by id (a block matched by its VPCs may just be unapplied). */
function namesIdOutright(ownership: Ownership): boolean {
  if (ownership.via === 'state' || ownership.via === 'import') return true;
  return ownership.type === 'alicloud_vpc_peer_connection_accepter' || ownership.type === 'alicloud_router_interface_connection';
}

/** Ids of what the inventory covers: VPCs, their route tables and routers, VBRs, BGP groups. */
function knownIds(snapshot: InventorySnapshot): Set<string> {
  const ids = new Set<string>();
  for (const region of snapshot.regions) {
    for (const vpc of region.vpcs) [vpc.id, vpc.vRouterId, ...vpc.routeTableIds].forEach((id) => ids.add(id));
    for (const vbr of region.vbrs) ids.add(vbr.id);
    for (const group of region.bgpGroups) ids.add(group.id);
    for (const ri of region.routerInterfaces) ids.add(ri.id);
  }
  return ids;
}

/**
 * Whether any id the block or its state entry mentions — or the block it refers to, as an
 * accepter refers to its connection — is in loaded inventory.
 */
function inScope(ownership: Ownership, known: ReadonlySet<string>, byAddress: ReadonlyMap<string, Ownership>): boolean {
  const mentioned = (o: Ownership | undefined): unknown[] => [...Object.values(o?.state?.attributes ?? {}), ...Object.values(o?.block?.body ?? {})];
  const values = mentioned(ownership);
  for (const value of [...values]) {
    const reference = referencedBlock(value);
    if (reference) values.push(...mentioned(byAddress.get(reference.address)));
  }
  if (ownership.key) values.push(...ownership.key.split('|'));
  return values.some((value) => typeof value === 'string' && known.has(value));
}

function differencesOf(ownership: Ownership, resource: LiveResource): DriftReport['differences'] {
  const differences: DriftReport['differences'] = [];
  const expected = (attribute: string): unknown => {
    const inCode = ownership.block?.body[attribute];
    if (inCode !== undefined && !isExpression(inCode)) return inCode;
    return ownership.state?.attributes[attribute] ?? undefined;
  };
  const compare = (attribute: string, live: unknown) => {
    const code = expected(attribute);
    if (code === undefined || code === null) return;
    const codeText = normalised(code);
    const liveText = normalised(live);
    if (codeText !== liveText) differences.push({ id: resource.id, address: ownership.address, attribute, code: codeText, live: liveText });
  };
  const connection = resource.connection;
  if (connection) {
    compare(ownership.type === 'alicloud_vpc_peer_connection_accepter' ? 'peer_connection_accepter_name' : 'peer_connection_name', connection.name);
    compare('description', connection.description);
    if (connection.bandwidthMbps >= 1) compare('bandwidth', connection.bandwidthMbps);
    if (!TRANSITIONAL_STATUSES.has(connection.status)) compare('status', connection.status);
    if (ownership.type === 'alicloud_vpc_peer_connection') {
      compare('tags', Object.fromEntries(connection.tags.filter((t) => !IGNORED_TAG_KEY.test(t.key)).map((t) => [t.key, t.value])));
    }
  }
  if (resource.route && ownership.via !== 'literal') compare('destination_cidrblock', resource.route.destination);
  return differences;
}

/** One text per value so `"100"`, `100` and a map in either order compare as people read them. */
function normalised(value: unknown): string {
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !IGNORED_TAG_KEY.test(key))
      .sort(([a], [b]) => a.localeCompare(b));
    return entries.map(([key, v]) => `${key}=${String(v)}`).join(', ') || '(none)';
  }
  return value === undefined || value === null ? '' : String(value);
}
