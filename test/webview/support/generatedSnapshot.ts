// A large inventory generated from a seed: the same numbers give the same snapshot on every run,
// for the level-of-detail tests and the graph benchmark (2,000 VPCs, 5,000 connections).

import { seededRandom } from '../../../src/model/seededRandom';
import type { InventorySnapshot, PeerConnection, PeerStatus, RegionInventory, Vpc } from '../../../src/model/types';

export const GENERATED_REGIONS = [
  'cn-hangzhou', 'cn-shanghai', 'cn-beijing', 'cn-shenzhen', 'cn-qingdao', 'cn-zhangjiakou', 'cn-huhehaote',
  'cn-wulanchabu', 'cn-chengdu', 'cn-guangzhou', 'cn-heyuan', 'cn-nanjing', 'cn-fuzhou', 'cn-hongkong',
  'ap-southeast-1', 'ap-southeast-3', 'ap-southeast-5', 'ap-northeast-1', 'eu-central-1', 'us-west-1',
];

export interface GeneratorOptions {
  regions: number;
  accounts: number;
  vpcs: number;
  connections: number;
  seed: number;
  /** Share of connections between two regions (the rest stay inside one). */
  interRegionShare?: number;
}

const OTHER_STATUSES: PeerStatus[] = ['Accepting', 'Creating', 'Updating', 'Deleting', 'Rejected', 'Expired'];

export function generatedSnapshot(options: GeneratorOptions): InventorySnapshot {
  const random = seededRandom(options.seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  const regionIds = GENERATED_REGIONS.slice(0, options.regions);
  const accounts = Array.from({ length: options.accounts }, (_, i) => ({
    uid: String(1500000000000000 + i + 1),
    name: ['network-hub', 'team-apps', 'team-data', 'team-ml', 'partner'][i] ?? `account-${i + 1}`,
    profileId: `profile-${i + 1}`,
  }));
  const inventories = new Map<string, RegionInventory>();
  const inventory = (accountUid: string, regionId: string): RegionInventory => {
    const key = `${accountUid}/${regionId}`;
    let found = inventories.get(key);
    if (!found) {
      found = { accountUid, regionId, vpcs: [], peerConnections: [], routerInterfaces: [], vbrs: [], bgpGroups: [], bgpPeers: [] };
      inventories.set(key, found);
    }
    return found;
  };

  const vpcs: Vpc[] = [];
  const vpcsByRegion = new Map<string, Vpc[]>();
  for (let i = 0; i < options.vpcs; i++) {
    const regionId = regionIds[i % regionIds.length];
    const accountUid = accounts[Math.floor(i / regionIds.length) % accounts.length].uid;
    const id = `vpc-g${String(i).padStart(5, '0')}`;
    // Unique /24s, except every 50th VPC reuses its neighbour's block: overlaps to flag.
    const n = i % 50 === 49 ? i - 1 : i;
    const vpc: Vpc = {
      id,
      name: `${regionId.replace(/^(cn|ap|eu|us)-/, '')}-${['web', 'api', 'db', 'batch', 'ml', 'edge'][i % 6]}-${i}`,
      description: '',
      regionId,
      accountUid,
      status: 'Available',
      cidrBlock: `10.${Math.floor(n / 256) % 256}.${n % 256}.0/24`,
      secondaryCidrs: [],
      ipv6Cidrs: [],
      vRouterId: id.replace('vpc-', 'vrt-'),
      routeTableIds: [],
      vSwitchIds: [],
      isDefault: false,
      tags: [],
    };
    vpcs.push(vpc);
    inventory(accountUid, regionId).vpcs.push(vpc);
    const list = vpcsByRegion.get(regionId) ?? [];
    list.push(vpc);
    vpcsByRegion.set(regionId, list);
  }

  const interShare = options.interRegionShare ?? 0.3;
  const seen = new Set<string>();
  let made = 0;
  for (let attempt = 0; made < options.connections && attempt < options.connections * 20; attempt++) {
    const requester = pick(vpcs);
    const accepter = random() < interShare ? pick(vpcs) : pick(vpcsByRegion.get(requester.regionId) ?? vpcs);
    const key = [requester.id, accepter.id].sort().join('|');
    if (requester.id === accepter.id || seen.has(key)) continue;
    seen.add(key);
    const status: PeerStatus = random() < 0.8 ? 'Activated' : pick(OTHER_STATUSES);
    const interRegion = requester.regionId !== accepter.regionId;
    const end = (v: Vpc) => ({ accountUid: v.accountUid, regionId: v.regionId, vpcId: v.id, ipv4Cidrs: [v.cidrBlock], ipv6Cidrs: [] });
    const connection: PeerConnection = {
      id: `pcc-g${String(made).padStart(5, '0')}`,
      name: `peer-${made}`,
      description: '',
      status,
      bizStatus: 'Normal',
      requester: end(requester),
      accepter: end(accepter),
      bandwidthMbps: interRegion ? pick([50, 100, 200, 1000]) : -1,
      linkType: interRegion ? 'Gold' : undefined,
      tags: [],
    };
    inventory(requester.accountUid, requester.regionId).peerConnections.push(connection);
    // The accepter's account lists the connection too: the graph must draw it once.
    if (accepter.accountUid !== requester.accountUid) inventory(accepter.accountUid, accepter.regionId).peerConnections.push(connection);
    made++;
  }
  return { accounts, regions: [...inventories.values()] };
}
