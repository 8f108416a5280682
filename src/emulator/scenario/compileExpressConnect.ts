// The Express Connect part of a scenario: virtual border routers (each with its own route table),
// router interfaces on VPC routers and VBRs, BGP groups and peers.

import { isIpAddress, parseCidr } from '../../model/cidr';
import type { RouterType } from '../../model/types';
import type { BgpGroupRecord, RouterInterfaceRecord, VbrRecord } from '../world/records';
import { vbrRouteTable } from '../world/systemRoutes';
import { ROUTER_INTERFACE_ROLES, ROUTER_INTERFACE_SPECS, ROUTER_INTERFACE_STATUSES, routerTypeOf } from '../api/vpc/routerInterfaceRules';
import { checkLocalAsn, checkPeerAsn } from '../api/vpc/bgpRules';
import { type Compilation, nameAndDescription, ownedFields } from './compilation';
import type { ScenarioDocument } from './document';

const VBR_STATUSES = ['active', 'deleting', 'recovering', 'terminated', 'terminating', 'unconfirmed'] as const;
const RESOURCE_STATUSES = ['Available', 'Pending', 'Modifying', 'Deleting'] as const;
const SESSION_STATES = ['Idle', 'Connect', 'Active', 'OpenSent', 'OpenConfirm', 'Established', 'Down'] as const;

export function compileExpressConnect(c: Compilation, doc: ScenarioDocument): void {
  compileVbrs(c, doc);
  compileRouterInterfaces(c, doc);
  compileBgpGroups(c, doc);
  compileBgpPeers(c, doc);
}

function ipv4(c: Compilation, value: string, path: string): void {
  if (!isIpAddress(value, 4)) c.problem(path, `"${value}" is not an IPv4 address.`);
}

function compileVbrs(c: Compilation, doc: ScenarioDocument): void {
  (doc.vbrs ?? []).forEach((v, i) => {
    const path = c.entry('vbrs', i, v.id, 'vbr');
    const account = c.owner(v, path);
    if (v.vlanId < 0 || v.vlanId > 2999) c.problem(`${path}.vlanId`, `${v.vlanId} is not a VLAN id from 0 to 2999.`);
    ipv4(c, v.localGatewayIp, `${path}.localGatewayIp`);
    ipv4(c, v.peerGatewayIp, `${path}.peerGatewayIp`);
    ipv4(c, v.peeringSubnetMask, `${path}.peeringSubnetMask`);
    if (!account) return;
    const createdAt = c.time(v.createdAt, `${path}.createdAt`);
    const vbr: VbrRecord = {
      ...ownedFields(v, account),
      status: c.oneOf(v.status, VBR_STATUSES, 'active', `${path}.status`),
      vlanId: v.vlanId,
      vlanInterfaceId: c.idOr(v.vlanInterfaceId, 'ri', v.regionId, `${path}.vlanInterfaceId`),
      localGatewayIp: v.localGatewayIp,
      peerGatewayIp: v.peerGatewayIp,
      peeringSubnetMask: v.peeringSubnetMask,
      physicalConnectionId: v.physicalConnectionId ?? c.options.ids.next('pc', v.regionId),
      accessPointId: v.accessPointId ?? `ap-${v.regionId}-a`,
      circuitCode: v.circuitCode ?? '',
      routeTableId: c.idOr(v.routeTableId, 'vtb', v.regionId, `${path}.routeTableId`),
      enableIpv6: v.enableIpv6 === true,
      createdAt,
    };
    c.add('vbrs', vbr);
    c.add('routeTables', vbrRouteTable(vbr, createdAt));
  });
}

function compileRouterInterfaces(c: Compilation, doc: ScenarioDocument): void {
  const given = doc.routerInterfaces ?? [];
  given.forEach((r, i) => {
    const path = c.entry('routerInterfaces', i, r.id, 'ri');
    const account = c.owner(r, path);
    c.region(r.oppositeRegionId, `${path}.oppositeRegionId`);
    const role = c.oneOf(r.role, ROUTER_INTERFACE_ROLES, 'InitiatingSide', `${path}.role`);
    if (!account) return;
    const vpc = c.records.vpcs.find((v) => v.vRouterId === r.routerId);
    const vbr = c.find('vbrs', r.routerId);
    const routerType: RouterType = vbr ? 'VBR' : 'VRouter';
    const owner = vpc ?? vbr;
    if (!owner || owner.accountUid !== account.uid || owner.regionId !== r.regionId) {
      c.problem(`${path}.routerId`, `"${r.routerId}" is not the router of a VPC or a VBR of ${account.name} in ${r.regionId}.`);
      return;
    }
    if (routerType === 'VBR' && role !== 'InitiatingSide') c.problem(`${path}.role`, 'an interface on a VBR can only be the initiating side.');
    const spec = c.oneOf(r.spec, role === 'AcceptingSide' ? ['Negative'] : ROUTER_INTERFACE_SPECS, role === 'AcceptingSide' ? 'Negative' : 'Middle.1', `${path}.spec`);
    const oppositeOwner = r.oppositeInterfaceOwner !== undefined ? c.account(r.oppositeInterfaceOwner, `${path}.oppositeInterfaceOwner`)?.uid : undefined;
    const oppositeRouterId = r.oppositeRouterId;
    const ri: RouterInterfaceRecord = {
      ...ownedFields(r, account),
      role,
      spec,
      status: c.oneOf(r.status, ROUTER_INTERFACE_STATUSES, r.oppositeInterfaceId ? 'Active' : 'Idle', `${path}.status`),
      businessStatus: r.businessStatus ?? 'Normal',
      routerId: r.routerId,
      routerType,
      vpcId: vpc?.id,
      accessPointId: r.accessPointId ?? (vbr ? vbr.accessPointId : undefined),
      oppositeInterfaceId: r.oppositeInterfaceId,
      oppositeInterfaceOwnerId: oppositeOwner,
      oppositeRouterId,
      oppositeRouterType: oppositeRouterId ? routerTypeOf(oppositeRouterId) : undefined,
      oppositeRegionId: r.oppositeRegionId,
      oppositeAccessPointId: r.oppositeAccessPointId,
      chargeType: r.chargeType ?? 'AfterPay',
      healthCheckSourceIp: r.healthCheckSourceIp,
      healthCheckTargetIp: r.healthCheckTargetIp,
      createdAt: c.time(r.createdAt, `${path}.createdAt`),
    };
    if (ri.status === 'Active' || r.connectedAt !== undefined) ri.connectedAt = c.time(r.connectedAt, `${path}.connectedAt`, ri.createdAt);
    c.add('routerInterfaces', ri);
  });

  // Opposite ends must exist and, once connected, point back at each other.
  for (const ri of c.records.routerInterfaces) {
    if (!ri.oppositeInterfaceId) continue;
    const path = `routerInterfaces (${ri.id}).oppositeInterfaceId`;
    const opposite = c.lookup('routerInterfaces', ri.oppositeInterfaceId, path, 'router interface');
    if (!opposite) continue;
    ri.oppositeInterfaceOwnerId ??= opposite.accountUid;
    ri.oppositeRouterId ??= opposite.routerId;
    ri.oppositeRouterType ??= opposite.routerType;
    if (ri.oppositeRegionId !== opposite.regionId) c.problem(path, `${opposite.id} is in ${opposite.regionId}, not ${ri.oppositeRegionId}.`);
    if (ri.oppositeInterfaceOwnerId !== opposite.accountUid || ri.oppositeRouterId !== opposite.routerId) {
      c.problem(path, `the opposite owner or router does not match ${opposite.id}.`);
    }
    if (ri.status !== 'Idle' && opposite.oppositeInterfaceId !== ri.id) c.problem(path, `${opposite.id} must point back at ${ri.id} for a connected pair.`);
    if (ri.role === opposite.role) c.problem(path, `both ends of the pair are ${ri.role}.`);
  }
}

function compileBgpGroups(c: Compilation, doc: ScenarioDocument): void {
  (doc.bgpGroups ?? []).forEach((g, i) => {
    const path = c.entry('bgpGroups', i, g.id, 'bgpg');
    const vbr = c.lookup('vbrs', g.vbrId, `${path}.vbrId`, 'VBR');
    if (!vbr) return;
    const peerAsnProblem = checkPeerAsn(g.peerAsn);
    if (peerAsnProblem) c.problem(`${path}.peerAsn`, peerAsnProblem);
    const localAsn = g.localAsn ?? 45104;
    const localAsnProblem = checkLocalAsn(localAsn);
    if (localAsnProblem) c.problem(`${path}.localAsn`, localAsnProblem);
    const group: BgpGroupRecord = {
      id: g.id,
      accountUid: vbr.accountUid,
      regionId: vbr.regionId,
      vbrId: vbr.id,
      ...nameAndDescription(g),
      peerAsn: g.peerAsn,
      localAsn,
      authKey: g.authKey ?? '',
      ipVersion: c.oneOf(g.ipVersion, ['IPv4', 'IPv6'], 'IPv4', `${path}.ipVersion`),
      isFakeAsn: g.isFakeAsn ?? false,
      routeLimit: g.routeLimit ?? 110,
      hold: g.hold ?? 30,
      keepalive: g.keepalive ?? 10,
      status: c.oneOf(g.status, RESOURCE_STATUSES, 'Available', `${path}.status`),
      createdAt: c.time(g.createdAt, `${path}.createdAt`),
    };
    c.add('bgpGroups', group);
  });
}

function compileBgpPeers(c: Compilation, doc: ScenarioDocument): void {
  const perVbr = new Map<string, number>();
  (doc.bgpPeers ?? []).forEach((p, i) => {
    const path = c.entry('bgpPeers', i, p.id, 'bgp');
    const group = c.lookup('bgpGroups', p.bgpGroupId, `${path}.bgpGroupId`, 'BGP group');
    if (!group) return;
    const count = (perVbr.get(group.vbrId) ?? 0) + 1;
    perVbr.set(group.vbrId, count);
    if (count > 8) c.problem(path, `VBR ${group.vbrId} would have more than 8 BGP peers.`);
    if (p.peerIpAddress !== undefined) {
      const parsed = parseCidr(p.peerIpAddress);
      const version = group.ipVersion === 'IPv6' ? 6 : 4;
      if (!isIpAddress(p.peerIpAddress) || !parsed.ok || parsed.cidr.version !== version) c.problem(`${path}.peerIpAddress`, `"${p.peerIpAddress}" is not an ${group.ipVersion} address.`);
    }
    const enableBfd = p.enableBfd ?? false;
    if (p.bfdMultiHop !== undefined && (!enableBfd || p.bfdMultiHop < 1 || p.bfdMultiHop > 255)) {
      c.problem(`${path}.bfdMultiHop`, enableBfd ? 'must be from 1 to 255.' : 'applies only with enableBfd.');
    }
    const status = c.oneOf(p.status, RESOURCE_STATUSES, 'Available', `${path}.status`);
    c.add('bgpPeers', {
      id: p.id,
      accountUid: group.accountUid,
      regionId: group.regionId,
      bgpGroupId: group.id,
      ...nameAndDescription(p),
      peerIpAddress: p.peerIpAddress ?? '',
      ipVersion: c.oneOf(p.ipVersion, ['IPv4', 'IPv6'], group.ipVersion === 'IPv6' ? 'IPv6' : 'IPv4', `${path}.ipVersion`),
      enableBfd,
      bfdMultiHop: enableBfd ? (p.bfdMultiHop ?? 255) : undefined,
      status,
      bgpStatus: c.oneOf(p.bgpStatus, SESSION_STATES, status === 'Available' ? 'Established' : 'Idle', `${path}.bgpStatus`),
      advertisedRouteCount: p.advertisedRouteCount ?? 0,
      receivedRouteCount: p.receivedRouteCount ?? 0,
      modifiedAt: c.time(p.modifiedAt, `${path}.modifiedAt`),
    });
  });
}

