// The Huawei part of a generated scenario (`--generate`): `tenants` tenants (the first two are the
// demo's hw-network and hw-partner, so their keys are the sandbox's), `vpcs` VPCs spread evenly
// over a few regions (about six per region) and the tenants, each with a subnet, and `peerings`
// peerings between VPCs of one region — within a tenant (ACTIVE) and across tenants, mostly ACTIVE
// with requests waiting for the peer, rejected and expired ones mixed in — with peering routes on
// both sides of most active ones and on one side of some. CIDRs are distinct /20 blocks.
// Deterministic for a seed.

import { isoSeconds } from '../clock';
import { SeededRandom } from '../random';
import { uuidFrom } from './ids';
import type { HuaweiScenarioDocument, HuaweiScenarioPeering, HuaweiScenarioVpc } from './scenario';

export interface HuaweiGenerateOptions {
  tenants: number;
  vpcs: number;
  /** Default: as many as VPCs, at most every pair of VPCs in one region. */
  peerings?: number;
  /** The most regions to use (the Alibaba part's region count). */
  maxRegions: number;
  seed: number;
  now: number;
  acceptWindowMs: number;
}

/** Regions of Huawei Cloud in the order a generated world takes them. */
export const HUAWEI_GENERATED_REGIONS = ['cn-north-4', 'ap-southeast-1', 'cn-east-3', 'cn-south-1', 'ap-southeast-3', 'cn-north-9', 'cn-southwest-2', 'af-south-1', 'sa-brazil-1', 'tr-west-1'];

/** The defaults of `--generate` when it names no Huawei sizes: a small world beside the Alibaba one. */
export const HUAWEI_GENERATE_DEFAULTS = { tenants: 2, vpcs: 12 };

/** At most this many VPCs: distinct /20 blocks of 10.0.0.0/8. */
export const HUAWEI_GENERATE_MAX_VPCS = 4096;

const VPCS_PER_REGION = 6;
const DAY = 86_400_000;
/** Statuses of cross-tenant peerings, in turn: several of each kind even in a small world. */
const CROSS_TENANT_STATUSES = ['ACTIVE', 'PENDING_ACCEPTANCE', 'ACTIVE', 'REJECTED', 'ACTIVE', 'EXPIRED', 'ACTIVE', 'ACTIVE'] as const;

export function generateHuawei(options: HuaweiGenerateOptions): HuaweiScenarioDocument {
  const { tenants, vpcs: vpcCount, now, acceptWindowMs } = options;
  if (!Number.isInteger(tenants) || tenants < 0 || tenants > 50) throw new RangeError(`huaweiTenants must be from 0 to 50, not ${tenants}`);
  if (!Number.isInteger(vpcCount) || vpcCount < 0 || vpcCount > HUAWEI_GENERATE_MAX_VPCS) throw new RangeError(`huaweiVpcs must be from 0 to ${HUAWEI_GENERATE_MAX_VPCS}, not ${vpcCount}`);
  if (vpcCount > 0 && tenants === 0) throw new RangeError('huaweiVpcs needs at least one Huawei tenant');
  const regionCount = Math.max(1, Math.min(options.maxRegions, HUAWEI_GENERATED_REGIONS.length, Math.ceil(vpcCount / VPCS_PER_REGION)));
  const regions = HUAWEI_GENERATED_REGIONS.slice(0, regionCount);
  const random = new SeededRandom(options.seed).fork(0x48570);
  const names = Array.from({ length: tenants }, (_, i) => (i === 0 ? 'hw-network' : i === 1 ? 'hw-partner' : `hw-tenant-${i + 1}`));

  const vpcs: HuaweiScenarioVpc[] = [];
  const byRegion = new Map<string, HuaweiScenarioVpc[]>(regions.map((r) => [r, []]));
  for (let i = 0; i < vpcCount; i++) {
    const regionId = regions[i % regionCount];
    const account = names[Math.floor(i / regionCount) % tenants];
    const second = i >> 4;
    const third = (i & 15) << 4;
    const name = `${account.replace(/^hw-/, '')}-vpc-${String(i + 1).padStart(4, '0')}`;
    const vpc: HuaweiScenarioVpc = {
      id: uuidFrom(random),
      account,
      regionId,
      name,
      cidr: `10.${second}.${third}.0/20`,
      createdAt: isoSeconds(now - random.int(30, 600) * DAY),
      subnets: [{ id: uuidFrom(random), name: `${name}-a`, cidr: `10.${second}.${third}.0/24`, availabilityZone: `${regionId}a` }],
    };
    vpcs.push(vpc);
    byRegion.get(regionId)!.push(vpc);
  }

  const maxPairs = [...byRegion.values()].reduce((n, list) => n + (list.length * (list.length - 1)) / 2, 0);
  const peeringCount = options.peerings ?? Math.min(vpcCount, maxPairs);
  if (!Number.isInteger(peeringCount) || peeringCount < 0) throw new RangeError(`huaweiPeerings must be a whole number ≥ 0, not ${peeringCount}`);
  if (peeringCount > maxPairs) throw new RangeError(`${vpcCount} Huawei VPCs in ${regionCount} region(s) allow at most ${maxPairs} peerings, not ${peeringCount}`);

  const peerings: HuaweiScenarioPeering[] = [];
  const routes: NonNullable<HuaweiScenarioDocument['routes']> = [];
  const pairs = new Set<string>();
  let crossTenant = 0;
  const regionsWithPairs = regions.filter((r) => byRegion.get(r)!.length > 1);
  while (peerings.length < peeringCount) {
    const list = byRegion.get(random.pick(regionsWithPairs))!;
    const a = random.pick(list);
    const z = random.pick(list);
    const key = a.id < z.id ? `${a.id}|${z.id}` : `${z.id}|${a.id}`;
    if (a.id === z.id || pairs.has(key)) continue;
    pairs.add(key);
    const status = a.account === z.account ? 'ACTIVE' : CROSS_TENANT_STATUSES[crossTenant++ % CROSS_TENANT_STATUSES.length];
    const createdAt =
      status === 'PENDING_ACCEPTANCE' ? now - random.int(0, Math.floor(acceptWindowMs / 2)) : status === 'EXPIRED' ? now - acceptWindowMs - random.int(1, 30) * DAY : now - random.int(1, 300) * DAY;
    const id = uuidFrom(random);
    peerings.push({
      id,
      name: `${a.name}-${z.name}`.slice(0, 64),
      description: `Connects ${a.name} with ${z.name}`,
      requestVpcId: a.id,
      acceptVpcId: z.id,
      status,
      createdAt: isoSeconds(createdAt),
      updatedAt: isoSeconds(status === 'EXPIRED' ? createdAt + acceptWindowMs : createdAt),
      expiresAt: status === 'PENDING_ACCEPTANCE' ? isoSeconds(createdAt + acceptWindowMs) : undefined,
    });
    if (status === 'ACTIVE') {
      const sides = random.next();
      if (sides < 0.85) routes.push({ vpcId: a.id, destination: z.cidr, peeringId: id });
      if (sides < 0.7) routes.push({ vpcId: z.id, destination: a.cidr, peeringId: id });
    }
  }
  return {
    accounts: names.map((name) => ({ name, regions })),
    vpcs,
    peerings,
    routes,
  };
}
