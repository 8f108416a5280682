// Big scenarios for benchmarks and load tests: `regions` regions, `vpcs` VPCs spread evenly over
// regions and accounts, `peers` connections (mostly Activated, with every other status mixed in,
// intra- and inter-region, within and across accounts) and routes for most active connections.
// CIDRs are distinct /20 blocks, except for a few deliberate overlaps. Deterministic for a seed.
// The document's `huawei` section is a small Huawei Cloud world beside it (huawei/generate.ts):
// two tenants and a dozen VPCs unless the options size it.

import { isoSeconds } from '../clock';
import { generateHuawei, HUAWEI_GENERATE_DEFAULTS } from '../huawei/generate';
import { REGION_CATALOG } from '../regions';
import { SeededRandom } from '../random';
import { ScenarioBuilder, type BuiltVpc } from './builder';
import { derivedAccessKey } from './compilation';
import type { ScenarioAccount, ScenarioDocument } from './document';
import { sandboxAccounts } from './sandboxAccounts';

export interface GenerateOptions {
  regions: number;
  vpcs: number;
  peers: number;
  accounts?: number;
  /** Huawei tenants (default 2; 0: no Huawei tenants at all). */
  huaweiTenants?: number;
  /** Huawei VPCs over a few regions, about six per region (default 12, or 0 without tenants). */
  huaweiVpcs?: number;
  /** Huawei peerings between VPCs of one region (default: as many as VPCs, at most every such pair). */
  huaweiPeerings?: number;
  seed?: number;
  /** Reference time for creation dates and acceptance windows. */
  now?: number;
  acceptWindowMs?: number;
}

const DAY = 24 * 3600_000;
const ENVIRONMENTS = ['prod', 'staging', 'dev', 'shared', 'dr'];
const SYSTEMS = ['orders', 'payments', 'search', 'identity', 'billing', 'inventory', 'analytics', 'logistics', 'catalog', 'messaging', 'gateway', 'reporting'];
const BANDWIDTHS = [100, 200, 500, 1024, 1024, 2048];
const ODD_STATUSES = ['Accepting', 'Rejected', 'Expired', 'Creating', 'Updating', 'Deleting'] as const;

export function generateScenario(options: GenerateOptions): ScenarioDocument {
  const { vpcs: vpcCount, peers: peerCount } = options;
  const regionCount = options.regions;
  const accountCount = options.accounts ?? 3;
  if (!Number.isInteger(regionCount) || regionCount < 1 || regionCount > REGION_CATALOG.length) {
    throw new RangeError(`regions must be from 1 to ${REGION_CATALOG.length}, not ${regionCount}`);
  }
  if (!Number.isInteger(vpcCount) || vpcCount < 0) throw new RangeError(`vpcs must be a whole number ≥ 0, not ${vpcCount}`);
  if (!Number.isInteger(peerCount) || peerCount < 0) throw new RangeError(`peers must be a whole number ≥ 0, not ${peerCount}`);
  if (!Number.isInteger(accountCount) || accountCount < 1 || accountCount > 50) throw new RangeError(`accounts must be from 1 to 50, not ${accountCount}`);
  const maxPairs = (vpcCount * (vpcCount - 1)) / 2;
  if (peerCount > maxPairs) throw new RangeError(`${vpcCount} VPCs allow at most ${maxPairs} connections, not ${peerCount}`);

  const seed = options.seed ?? 1;
  const now = options.now ?? Date.now();
  const acceptWindowMs = options.acceptWindowMs ?? 7 * DAY;
  const random = new SeededRandom(seed);
  const regions = REGION_CATALOG.slice(0, regionCount).map((r) => r.id);
  const accounts = generatedAccounts(accountCount);
  const b = new ScenarioBuilder(seed, accounts, regions, `Generated: ${regionCount} regions, ${vpcCount} VPCs, ${peerCount} connections, seed ${seed}.`);
  const ago = (ms: number): string => isoSeconds(now - ms);

  const vpcs: BuiltVpc[] = [];
  const byRegion = new Map<string, BuiltVpc[]>(regions.map((r) => [r, []]));
  for (let i = 0; i < vpcCount; i++) {
    const regionId = regions[i % regionCount];
    const account = accounts[Math.floor(i / regionCount) % accountCount].name;
    // Distinct /20 blocks of 10.0.0.0/8; about one VPC in thirty reuses an earlier block. Past
    // 4,096 VPCs the blocks come round again (10.0.0.0/8 holds no more /20s).
    const block = (i > 10 && random.chance(0.03) ? random.int(0, i - 1) : i) % 4096;
    const second = block >> 4;
    const third = (block & 15) << 4;
    const env = random.pick(ENVIRONMENTS);
    const system = random.pick(SYSTEMS);
    const vpc = b.vpc({
      account,
      regionId,
      name: `${env}-${system}-${String(i + 1).padStart(4, '0')}`,
      description: `${capitalise(env)} network of the ${system} service`,
      cidrBlock: `10.${second}.${third}.0/20`,
      tags: [{ key: 'env', value: env }],
      createdAt: ago(random.int(30, 900) * DAY),
      vSwitches: [
        { name: `${system}-a`, cidrBlock: `10.${second}.${third}.0/24` },
        { name: `${system}-b`, cidrBlock: `10.${second}.${third + 1}.0/24` },
      ],
    });
    vpcs.push(vpc);
    byRegion.get(regionId)!.push(vpc);
  }

  const pairs = new Set<string>();
  const destinations = new Set<string>();
  const route = (from: BuiltVpc, to: BuiltVpc, peerId: string): void => {
    const key = `${from.systemRouteTableId}|${to.cidrs[0]}`;
    if (destinations.has(key) || from.cidrs[0] === to.cidrs[0]) return;
    destinations.add(key);
    b.route(from.regionId, { routeTableId: from.systemRouteTableId, destination: to.cidrs[0], nextHopType: 'VpcPeer', nextHopId: peerId, name: `to-${to.name}` });
  };
  for (let made = 0, attempts = 0; made < peerCount && attempts < peerCount * 50; attempts++) {
    const a = random.pick(vpcs);
    const sameRegion = random.chance(0.65) ? byRegion.get(a.regionId)! : vpcs;
    const z = random.pick(sameRegion);
    const key = a.id < z.id ? `${a.id}|${z.id}` : `${z.id}|${a.id}`;
    if (a.id === z.id || pairs.has(key)) continue;
    pairs.add(key);
    made++;
    const crossAccount = a.account !== z.account;
    const interRegion = a.regionId !== z.regionId;
    let status: string = random.chance(0.82) ? 'Activated' : random.pick(ODD_STATUSES);
    if (!crossAccount && (status === 'Accepting' || status === 'Rejected' || status === 'Expired')) status = 'Activated';
    const createdDaysAgo = status === 'Accepting' ? 0 : random.int(1, 600);
    const createdAt = now - createdDaysAgo * DAY - random.int(0, DAY - 1);
    const peerId = b.peer({
      regionId: a.regionId,
      name: `${a.name}-to-${z.name}`.slice(0, 128),
      description: `Connects ${a.name} with ${z.name}`,
      status,
      requesterVpcId: a.id,
      accepterVpcId: z.id,
      bandwidthMbps: interRegion ? random.pick(BANDWIDTHS) : undefined,
      linkType: interRegion ? (random.chance(0.8) ? 'Gold' : 'Platinum') : undefined,
      createdAt: ago(now - createdAt),
      expiresAt: status === 'Expired' ? ago(random.int(1, 30) * DAY) : status === 'Accepting' ? ago(now - createdAt - acceptWindowMs) : undefined,
    });
    if (status === 'Activated' || status === 'Updating') {
      const sides = random.next();
      if (sides < 0.7) {
        route(a, z, peerId);
        route(z, a, peerId);
      } else if (sides < 0.85) {
        route(a, z, peerId);
      }
    }
  }
  const huaweiTenants = options.huaweiTenants ?? HUAWEI_GENERATE_DEFAULTS.tenants;
  const huawei = generateHuawei({
    tenants: huaweiTenants,
    vpcs: options.huaweiVpcs ?? (huaweiTenants === 0 ? 0 : HUAWEI_GENERATE_DEFAULTS.vpcs),
    peerings: options.huaweiPeerings,
    maxRegions: regionCount,
    seed,
    now,
    acceptWindowMs,
  });
  return { ...b.build(), huawei };
}

function generatedAccounts(count: number): ScenarioAccount[] {
  const known = sandboxAccounts();
  const accounts = known.slice(0, count);
  for (let i = known.length; i < count; i++) {
    const uid = String(1600000000000000 + i * 1010101);
    accounts.push({ name: `team-${i + 1}`, uid, ...derivedAccessKey(uid) });
  }
  return accounts;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
