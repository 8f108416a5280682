// Turns a scenario document into world records: resolves account names, fills defaults, derives
// what the document leaves implicit (routers, system route tables, system routes for vSwitch
// CIDRs) and checks every reference and value, collecting all problems before refusing the file.

import { contains, normalizeCidr, overlaps, parseCidr } from '../../model/cidr';
import { PEER_STATUSES, type PeerStatus } from '../../model/types';
import { DEFAULT_INTER_REGION_BANDWIDTH, LINK_TYPES } from '../api/vpcPeer/create';
import type { IdFactory } from '../ids';
import { isKnownRegion, regionInfo } from '../regions';
import type {
  AccessKeyRecord,
  AccountRecord,
  NextHopRecord,
  PeerRecord,
  PeerSideRecord,
  RouteTableRecord,
  VpcRecord,
  VSwitchRecord,
  WorldRecords,
} from '../world/records';
import { Compilation, derivedAccessKey, digest, nameAndDescription, ownedFields, ScenarioError, type CompileOptions } from './compilation';

export { ScenarioError, derivedAccessKey, type CompileOptions } from './compilation';
import { routeEntryIn, vpcSystemRouteTable, vSwitchSystemEntry } from '../world/systemRoutes';
import { compileExpressConnect } from './compileExpressConnect';
import type { ScenarioDocument, ScenarioPeerSide, ScenarioRouteEntry, ScenarioVpc } from './document';

export function compileScenario(doc: ScenarioDocument, options: CompileOptions, source = 'document'): WorldRecords {
  const c = new Compilation(options);
  if (doc.version !== 1) c.problem('version', `version ${String(doc.version)} is not supported; use 1.`);
  reserveExplicitIds(doc, options.ids);
  compileAccounts(c, doc);
  compileVpcs(c, doc);
  compileRouteTables(c, doc);
  compilePeers(c, doc);
  compileExpressConnect(c, doc);
  compileRouteEntries(c, doc);
  compileRegions(c, doc);
  if (c.problems.length > 0) throw new ScenarioError(source, c.problems);
  return c.records;
}

/** The records of a VPC added to a running world out of band, checked and completed as a scenario's VPCs are. */
export function compileVpc(vpc: ScenarioVpc, accounts: readonly AccountRecord[], options: CompileOptions): WorldRecords {
  const c = new Compilation(options);
  for (const account of accounts) c.addAccount(account);
  compileVpcs(c, { version: 1, accounts: [], vpcs: [vpc] });
  if (c.problems.length > 0) throw new ScenarioError('VPC', c.problems);
  return c.records;
}

function reserveExplicitIds(doc: ScenarioDocument, ids: IdFactory): void {
  const explicit = [
    ...(doc.vpcs ?? []).flatMap((v) => [v.id, v.vRouterId, v.systemRouteTableId, ...(v.vSwitches ?? []).flatMap((s) => [s.id, s.systemRouteEntryId])]),
    ...(doc.routeTables ?? []).map((t) => t.id),
    ...(doc.routeEntries ?? []).map((e) => e.id),
    ...(doc.peerConnections ?? []).map((p) => p.id),
    ...(doc.routerInterfaces ?? []).map((r) => r.id),
    ...(doc.vbrs ?? []).flatMap((v) => [v.id, v.routeTableId]),
    ...(doc.bgpGroups ?? []).map((g) => g.id),
    ...(doc.bgpPeers ?? []).map((p) => p.id),
  ];
  for (const id of explicit) if (id) ids.reserve(id);
}

function compileAccounts(c: Compilation, doc: ScenarioDocument): void {
  if (doc.accounts.length === 0) c.problem('accounts', 'at least one account is needed.');
  const keyIds = new Set<string>();
  doc.accounts.forEach((a, i) => {
    const path = `accounts[${i}] (${a.name})`;
    if (!/^\d{1,16}$/.test(a.uid) || !Number.isSafeInteger(Number(a.uid))) {
      c.problem(`${path}.uid`, `"${a.uid}" must be a numeric account id of at most 16 digits, below 9007199254740992.`);
    }
    if (a.name.trim() === '') c.problem(`${path}.name`, 'must not be empty.');
    if (doc.accounts.findIndex((other) => other.uid === a.uid || other.name === a.name) !== i) c.problem(path, 'another account has the same uid or name.');
    const groups = a.resourceGroups && a.resourceGroups.length > 0 ? a.resourceGroups : [{ id: `rg-acfm${digest(`rg:${a.uid}`, 'abcdefghijklmnopqrstuvwxyz0123456789', 11)}`, name: 'default' }];
    const account: AccountRecord = { name: a.name, uid: a.uid, resourceGroups: groups, defaultResourceGroupId: groups[0].id };
    c.records.accounts.push(account);
    c.addAccount(account);

    const derived = derivedAccessKey(a.uid);
    const keys: AccessKeyRecord[] = [
      { accessKeyId: a.accessKeyId ?? derived.accessKeyId, accessKeySecret: a.accessKeySecret ?? derived.accessKeySecret, accountUid: a.uid },
      ...(a.stsCredentials ?? []).map((s) => ({ ...s, accountUid: a.uid })),
    ];
    if ((a.accessKeyId === undefined) !== (a.accessKeySecret === undefined)) c.problem(path, 'give both accessKeyId and accessKeySecret, or neither.');
    for (const key of keys) {
      if (keyIds.has(key.accessKeyId)) c.problem(path, `the access key id "${key.accessKeyId}" is used twice.`);
      if (key.accessKeySecret.length < 8) c.problem(path, `the secret of "${key.accessKeyId}" is shorter than 8 characters.`);
      keyIds.add(key.accessKeyId);
      c.records.accessKeys.push(key);
    }
  });
}

function ipv4Cidr(c: Compilation, value: string, path: string): boolean {
  const parsed = normalizeCidr(value);
  if (!parsed.ok) c.problem(path, parsed.reason);
  else if (parsed.cidr.version !== 4) c.problem(path, `"${value}" is not an IPv4 CIDR block.`);
  return parsed.ok && parsed.cidr.version === 4;
}

function compileVpcs(c: Compilation, doc: ScenarioDocument): void {
  const customTableIds = new Set((doc.routeTables ?? []).map((t) => t.id));
  (doc.vpcs ?? []).forEach((v, i) => {
    const path = c.entry('vpcs', i, v.id, 'vpc');
    const account = c.owner(v, path);
    ipv4Cidr(c, v.cidrBlock, `${path}.cidrBlock`);
    (v.secondaryCidrs ?? []).forEach((cidr, j) => ipv4Cidr(c, cidr, `${path}.secondaryCidrs[${j}]`));
    (v.ipv6Cidrs ?? []).forEach((cidr, j) => {
      const parsed = parseCidr(cidr);
      if (!parsed.ok || parsed.cidr.version !== 6) c.problem(`${path}.ipv6Cidrs[${j}]`, `"${cidr}" is not an IPv6 CIDR block.`);
    });
    if (!account) return;
    if (v.resourceGroupId !== undefined && !account.resourceGroups.some((g) => g.id === v.resourceGroupId)) {
      c.problem(`${path}.resourceGroupId`, `"${v.resourceGroupId}" is not a resource group of ${account.name}.`);
    }
    const createdAt = c.time(v.createdAt, `${path}.createdAt`);
    const vpc: VpcRecord = {
      ...ownedFields(v, account),
      status: v.status ?? 'Available',
      cidrBlock: v.cidrBlock,
      secondaryCidrs: v.secondaryCidrs ?? [],
      ipv6Cidrs: v.ipv6Cidrs ?? [],
      vRouterId: c.idOr(v.vRouterId, 'vrt', v.regionId, `${path}.vRouterId`),
      systemRouteTableId: c.idOr(v.systemRouteTableId, 'vtb', v.regionId, `${path}.systemRouteTableId`),
      isDefault: v.isDefault ?? false,
      resourceGroupId: v.resourceGroupId ?? account.defaultResourceGroupId,
      createdAt,
      tags: v.tags ?? [],
    };
    c.add('vpcs', vpc);
    c.add('routeTables', vpcSystemRouteTable(vpc, createdAt));

    const vpcCidrs = [vpc.cidrBlock, ...vpc.secondaryCidrs].filter((cidr) => parseCidr(cidr).ok);
    const placed: VSwitchRecord[] = [];
    (v.vSwitches ?? []).forEach((s, j) => {
      const sPath = c.entry(`${path}.vSwitches`, j, s.id, 'vsw');
      if (!ipv4Cidr(c, s.cidrBlock, `${sPath}.cidrBlock`)) return;
      if (!vpcCidrs.some((cidr) => contains(cidr, s.cidrBlock))) c.problem(`${sPath}.cidrBlock`, `${s.cidrBlock} is not inside the VPC's CIDR blocks (${vpcCidrs.join(', ')}).`);
      const clash = placed.find((other) => overlaps(other.cidrBlock, s.cidrBlock));
      if (clash) c.problem(`${sPath}.cidrBlock`, `${s.cidrBlock} overlaps vSwitch ${clash.id} (${clash.cidrBlock}).`);
      const zones = regionInfo(v.regionId)?.zones ?? [];
      if (s.zoneId !== undefined && !zones.includes(s.zoneId)) c.problem(`${sPath}.zoneId`, `"${s.zoneId}" is not a zone of ${v.regionId} (${zones.join(', ')}).`);
      if (s.routeTableId !== undefined && !customTableIds.has(s.routeTableId)) c.problem(`${sPath}.routeTableId`, `no custom route table "${s.routeTableId}".`);
      const vSwitch: VSwitchRecord = {
        id: s.id,
        vpcId: vpc.id,
        accountUid: vpc.accountUid,
        regionId: vpc.regionId,
        zoneId: s.zoneId ?? zones[j % Math.max(zones.length, 1)] ?? `${v.regionId}-a`,
        ...nameAndDescription(s),
        cidrBlock: s.cidrBlock,
        customRouteTableId: s.routeTableId,
        status: 'Available',
        createdAt: c.time(s.createdAt, `${sPath}.createdAt`, createdAt),
      };
      placed.push(vSwitch);
      c.add('vSwitches', vSwitch);
      const entryId = c.idOr(s.systemRouteEntryId, 'rte', vpc.regionId, `${sPath}.systemRouteEntryId`);
      c.add('routeEntries', vSwitchSystemEntry(entryId, vpc, s.cidrBlock, vSwitch.createdAt));
    });
  });
}

function compileRouteTables(c: Compilation, doc: ScenarioDocument): void {
  (doc.routeTables ?? []).forEach((t, i) => {
    const path = c.entry('routeTables', i, t.id, 'vtb');
    const vpc = c.lookup('vpcs', t.vpcId, `${path}.vpcId`, 'VPC');
    if (!vpc) return;
    const table: RouteTableRecord = {
      id: t.id,
      accountUid: vpc.accountUid,
      regionId: vpc.regionId,
      vpcId: vpc.id,
      routerId: vpc.vRouterId,
      routerType: 'VRouter',
      type: 'Custom',
      ...nameAndDescription(t),
      status: 'Available',
      createdAt: c.time(t.createdAt, `${path}.createdAt`, vpc.createdAt),
    };
    c.add('routeTables', table);
  });
  for (const vSwitch of c.records.vSwitches) {
    const table = vSwitch.customRouteTableId ? c.find('routeTables', vSwitch.customRouteTableId) : undefined;
    if (table && table.vpcId !== vSwitch.vpcId) c.problem(`vSwitch ${vSwitch.id}`, `route table ${table.id} belongs to another VPC (${table.vpcId}).`);
  }
}

const SCENARIO_PEER_STATUSES = PEER_STATUSES.filter((s) => s !== 'Deleted');

function side(c: Compilation, given: ScenarioPeerSide | undefined, account: AccountRecord, path: string): PeerSideRecord {
  const group = given?.resourceGroupId ?? account.defaultResourceGroupId;
  if (!account.resourceGroups.some((g) => g.id === group)) c.problem(`${path}.resourceGroupId`, `"${group}" is not a resource group of ${account.name}.`);
  return { resourceGroupId: group, tags: given?.tags ?? [] };
}

function compilePeers(c: Compilation, doc: ScenarioDocument): void {
  const pairs = new Map<string, string>();
  (doc.peerConnections ?? []).forEach((p, i) => {
    const path = c.entry('peerConnections', i, p.id, 'pcc');
    const requester = c.lookup('vpcs', p.requesterVpcId, `${path}.requesterVpcId`, 'VPC');
    const accepter = c.lookup('vpcs', p.accepterVpcId, `${path}.accepterVpcId`, 'VPC');
    if (!requester || !accepter) return;
    if (requester.id === accepter.id) c.problem(path, 'a VPC cannot be peered with itself.');
    const pairKey = [requester.id, accepter.id].sort().join('|');
    if (pairs.has(pairKey)) c.problem(path, `the VPCs are already peered by ${pairs.get(pairKey)}.`);
    pairs.set(pairKey, p.id);

    const status = c.oneOf(p.status, SCENARIO_PEER_STATUSES, 'Activated', `${path}.status`) as PeerStatus;
    const interRegion = requester.regionId !== accepter.regionId;
    const crossAccount = requester.accountUid !== accepter.accountUid;
    if (!crossAccount && (status === 'Accepting' || status === 'Rejected' || status === 'Expired')) {
      c.problem(`${path}.status`, `${status} happens only between two accounts; both VPCs belong to one.`);
    }
    if (p.bandwidthMbps !== undefined && (!interRegion || p.bandwidthMbps < 1)) {
      c.problem(`${path}.bandwidthMbps`, interRegion ? 'must be at least 1.' : 'only inter-region connections have a bandwidth.');
    }
    if (p.linkType !== undefined && !interRegion) c.problem(`${path}.linkType`, 'only inter-region connections have a link type.');
    const linkType = interRegion ? c.oneOf(p.linkType, LINK_TYPES, 'Gold', `${path}.linkType`) : undefined;
    const createdAt = c.time(p.createdAt, `${path}.createdAt`);
    const waitsForAnswer = crossAccount && (status === 'Creating' || status === 'Accepting' || status === 'Expired');
    const requesterAccount = c.account(requester.accountUid, path)!;
    const accepterAccount = c.account(accepter.accountUid, path)!;
    const peer: PeerRecord = {
      id: p.id,
      ...nameAndDescription(p),
      status,
      bizStatus: p.bizStatus ?? 'Normal',
      requester: { accountUid: requester.accountUid, regionId: requester.regionId, vpcId: requester.id },
      accepter: { accountUid: accepter.accountUid, regionId: accepter.regionId, vpcId: accepter.id },
      bandwidth: interRegion ? (p.bandwidthMbps ?? DEFAULT_INTER_REGION_BANDWIDTH) : -1,
      linkType,
      managedService: p.managedService,
      createdAt,
      modifiedAt: c.time(p.modifiedAt, `${path}.modifiedAt`, createdAt),
      expiresAt: waitsForAnswer ? c.time(p.expiresAt, `${path}.expiresAt`, createdAt + c.options.acceptWindowMs) : undefined,
      sides: { [requester.accountUid]: side(c, p.requesterSide, requesterAccount, `${path}.requesterSide`) },
    };
    if (crossAccount || p.accepterSide) {
      const accepterSide = side(c, p.accepterSide, accepterAccount, `${path}.accepterSide`);
      if (crossAccount) peer.sides[accepter.accountUid] = accepterSide;
    }
    c.add('peers', peer);
  });
}

const ROUTE_STATUSES = ['Available', 'Pending', 'Creating', 'Modifying', 'Deleting'] as const;

function compileRouteEntries(c: Compilation, doc: ScenarioDocument): void {
  const destinations = new Set(c.records.routeEntries.map((e) => `${e.routeTableId}|${e.destination}`));
  (doc.routeEntries ?? []).forEach((e, i) => {
    const path = `routeEntries[${i}]${e.id ? ` (${e.id})` : ''}`;
    const table = tableOf(c, e, path);
    if (!table) return;
    const parsed = normalizeCidr(e.destination);
    if (!parsed.ok) {
      c.problem(`${path}.destination`, parsed.reason);
      return;
    }
    const destination = parsed.cidr.text;
    if (destinations.has(`${table.id}|${destination}`)) c.problem(`${path}.destination`, `${table.id} already has a route to ${destination}.`);
    destinations.add(`${table.id}|${destination}`);
    const nextHops = nextHopsOf(c, e, table, path);
    const entry = routeEntryIn(table, {
      id: c.idOr(e.id, 'rte', table.regionId, `${path}.id`),
      destination,
      type: 'Custom',
      status: c.oneOf(e.status, ROUTE_STATUSES, 'Available', `${path}.status`),
      ...nameAndDescription(e),
      nextHops,
      modifiedAt: c.time(e.modifiedAt, `${path}.modifiedAt`),
    });
    c.add('routeEntries', entry);
  });
}

function tableOf(c: Compilation, e: ScenarioRouteEntry, path: string): RouteTableRecord | undefined {
  if ((e.routeTableId === undefined) === (e.vpcId === undefined)) {
    c.problem(path, 'give either routeTableId or vpcId (for the VPC system table).');
    return undefined;
  }
  const table = e.routeTableId !== undefined ? c.find('routeTables', e.routeTableId) : c.find('routeTables', c.find('vpcs', e.vpcId!)?.systemRouteTableId ?? '');
  if (!table) c.problem(path, e.routeTableId !== undefined ? `no route table "${e.routeTableId}".` : `no VPC "${e.vpcId}".`);
  return table;
}

function nextHopsOf(c: Compilation, e: ScenarioRouteEntry, table: RouteTableRecord, path: string): NextHopRecord[] {
  const single = e.nextHopType !== undefined || e.nextHopId !== undefined;
  if (single === (e.nextHops !== undefined)) {
    c.problem(path, 'give either nextHopType with nextHopId, or nextHops.');
    return [];
  }
  const hops: NextHopRecord[] = single ? [{ type: e.nextHopType ?? 'Instance', id: e.nextHopId ?? '' }] : e.nextHops!.map((h) => ({ ...h }));
  hops.forEach((hop, j) => {
    const hopPath = single ? path : `${path}.nextHops[${j}]`;
    if (hop.id === '') c.problem(hopPath, 'the next hop id is missing.');
    if (hop.type === 'VpcPeer') {
      const peer = c.lookup('peers', hop.id, hopPath, 'peer connection');
      if (peer && peer.requester.vpcId !== table.vpcId && peer.accepter.vpcId !== table.vpcId) {
        c.problem(hopPath, `peer connection ${hop.id} does not connect the VPC of route table ${table.id}.`);
      }
    } else if (hop.type === 'RouterInterface') {
      const ri = c.find('routerInterfaces', hop.id);
      if (!ri) c.problem(hopPath, `no router interface "${hop.id}".`);
      else if (ri.routerId !== table.routerId) c.problem(hopPath, `router interface ${hop.id} is not on router ${table.routerId} of route table ${table.id}.`);
    }
  });
  return hops;
}

function compileRegions(c: Compilation, doc: ScenarioDocument): void {
  const used = new Set<string>(doc.regions ?? []);
  (doc.regions ?? []).forEach((r, i) => c.region(r, `regions[${i}]`));
  const resources = [...c.records.vpcs, ...c.records.vbrs, ...c.records.routerInterfaces];
  for (const r of resources) {
    if (doc.regions !== undefined && !used.has(r.regionId)) c.problem('regions', `${r.id} is in ${r.regionId}, which the regions list leaves out.`);
    used.add(r.regionId);
  }
  for (const p of c.records.peers) {
    if (doc.regions !== undefined && !used.has(p.accepter.regionId)) c.problem('regions', `${p.id} accepts in ${p.accepter.regionId}, which the regions list leaves out.`);
  }
  c.records.regions = [...used].filter(isKnownRegion);
  if (c.records.regions.length === 0) c.records.regions = ['cn-hangzhou'];
}
