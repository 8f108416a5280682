// Builders of model values for the model tests: a realistic default, overridden per test.

import { type PeerConnection, type PeerStatus, type RouteEntry, type RouteTable, type VSwitch, type Vpc } from '../../../src/model/types';

export const REQUESTER_UID = '1111111111111111';
export const ACCEPTER_UID = '2222222222222222';

export function peerConnection(status: PeerStatus, overrides: Partial<PeerConnection> = {}): PeerConnection {
  return {
    id: 'pcc-hubspoke',
    name: 'hub-to-spoke',
    description: '',
    status,
    bizStatus: 'Normal',
    requester: { accountUid: REQUESTER_UID, regionId: 'cn-hangzhou', vpcId: 'vpc-hub', ipv4Cidrs: ['10.0.0.0/16'], ipv6Cidrs: [] },
    accepter: { accountUid: ACCEPTER_UID, regionId: 'cn-shanghai', vpcId: 'vpc-spoke', ipv4Cidrs: ['10.1.0.0/16'], ipv6Cidrs: [] },
    bandwidthMbps: 1024,
    tags: [],
    ...overrides,
  };
}

export function vpc(id: string, overrides: Partial<Vpc> = {}): Vpc {
  return {
    id,
    name: id,
    description: '',
    regionId: 'cn-hangzhou',
    accountUid: REQUESTER_UID,
    status: 'Available',
    cidrBlock: '10.0.0.0/16',
    secondaryCidrs: [],
    ipv6Cidrs: [],
    vRouterId: `vrt-${id}`,
    routeTableIds: [`vtb-${id}`],
    vSwitchIds: [],
    isDefault: false,
    tags: [],
    ...overrides,
  };
}

export function vSwitch(id: string, vpcId: string, cidrBlock: string, overrides: Partial<VSwitch> = {}): VSwitch {
  return { id, name: id, vpcId, regionId: 'cn-hangzhou', zoneId: 'cn-hangzhou-h', cidrBlock, status: 'Available', ...overrides };
}

export function routeTable(id: string, vpcId: string, overrides: Partial<RouteTable> = {}): RouteTable {
  return {
    id,
    name: id,
    type: 'System',
    regionId: 'cn-hangzhou',
    vpcId,
    routerId: `vrt-${vpcId}`,
    routerType: 'VRouter',
    vSwitchIds: [],
    status: 'Available',
    ...overrides,
  };
}

let entryCounter = 0;

export function routeEntry(routeTableId: string, destination: string, nextHopType: string, nextHopId: string, overrides: Partial<RouteEntry> = {}): RouteEntry {
  entryCounter++;
  return {
    id: `rte-${entryCounter}`,
    routeTableId,
    regionId: 'cn-hangzhou',
    destination,
    type: nextHopType === 'local' ? 'System' : 'Custom',
    status: 'Available',
    name: '',
    description: '',
    nextHops: nextHopType === 'local' ? [] : [{ type: nextHopType, id: nextHopId }],
    ...overrides,
  };
}
