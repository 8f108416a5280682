// The Huawei emulator's state: accounts, their projects per region, VPCs, subnets, route tables
// and peerings, with the lookups the API handlers need. Time-driven changes (a request expiring, a
// deleted peering disappearing) are computed from the clock on each call by `settle`, so nothing
// runs in the background.

import type { Clock } from '../clock';
import type { SeededRandom } from '../random';
import { projectIdOf, uuidFrom } from './ids';
import type { HuaweiAccount, HuaweiPeering, HuaweiProject, HuaweiRoute, HuaweiRouteTable, HuaweiSubnet, HuaweiVpc } from './records';

export interface HuaweiQuotas {
  /** Peerings per project (reference §8: 50). */
  vpcPeer: number;
  /** Custom routes per route table (reference §6.2: 200). */
  routesPerTable: number;
}

export const DEFAULT_HUAWEI_QUOTAS: HuaweiQuotas = { vpcPeer: 50, routesPerTable: 200 };

export interface HuaweiSettings {
  /** How long a cross-project request waits for the peer before EXPIRED (undocumented; configurable). */
  acceptWindowMs: number;
  /** How long a deleted peering still answers GET as DELETED before 404 (0: gone at once). */
  deleteWindowMs: number;
  quotas: HuaweiQuotas;
}

/** System routes every table shows besides the subnets' (reference §6.2). */
export const RESERVED_LOCAL_DESTINATIONS = ['100.64.0.0/10', '198.19.128.0/20'];

export class HuaweiWorld {
  readonly accounts: HuaweiAccount[] = [];
  readonly projects = new Map<string, HuaweiProject>();
  readonly vpcs = new Map<string, HuaweiVpc>();
  readonly subnets = new Map<string, HuaweiSubnet>();
  readonly routeTables = new Map<string, HuaweiRouteTable>();
  readonly peerings = new Map<string, HuaweiPeering>();
  /** Ids in use (loaded from a document or handed out), so that `newId` never repeats one. */
  private readonly taken = new Set<string>();
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly clock: Clock,
    private readonly random: SeededRandom,
    readonly settings: HuaweiSettings,
  ) {}

  now(): number {
    return this.clock.now();
  }

  /** A fresh UUID from the seeded generator, never one in use (state loaded from a file holds ids the same seed gives again). */
  newId(): string {
    for (;;) {
      const id = uuidFrom(this.random);
      if (!this.taken.has(id)) {
        this.taken.add(id);
        return id;
      }
    }
  }

  /** Marks an id loaded from a document as in use. */
  reserveId(id: string): void {
    this.taken.add(id);
  }

  /** Calls `listener` after each change made through the API (the state file saves then); returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells the listeners that the world has changed. */
  changed(): void {
    for (const listener of this.listeners) listener();
  }

  accountByKey(accessKeyId: string): HuaweiAccount | undefined {
    return this.accounts.find((account) => account.accessKeyId === accessKeyId);
  }

  account(nameOrDomainId: string): HuaweiAccount | undefined {
    return this.accounts.find((account) => account.domainId === nameOrDomainId || account.name === nameOrDomainId);
  }

  projectsOf(domainId: string): HuaweiProject[] {
    return [...this.projects.values()].filter((project) => project.domainId === domainId);
  }

  projectIn(domainId: string, regionId: string): HuaweiProject | undefined {
    return this.projects.get(projectIdOf(domainId, regionId));
  }

  addAccount(account: HuaweiAccount, regionIds: readonly string[]): void {
    this.accounts.push(account);
    for (const regionId of regionIds) {
      const id = projectIdOf(account.domainId, regionId);
      this.projects.set(id, { id, name: regionId, regionId, domainId: account.domainId });
    }
  }

  /** A VPC with its default route table (its id, name and description as given, else new ones). */
  addVpc(vpc: HuaweiVpc, tableGiven?: { id: string; name?: string; description?: string }): HuaweiRouteTable {
    this.vpcs.set(vpc.id, vpc);
    const table: HuaweiRouteTable = {
      id: tableGiven?.id ?? this.newId(),
      projectId: vpc.projectId,
      vpcId: vpc.id,
      name: tableGiven?.name ?? `rtb-${vpc.name}`,
      description: tableGiven?.description ?? '',
      isDefault: true,
      routes: [],
      createdAt: vpc.createdAt,
      updatedAt: vpc.createdAt,
    };
    this.routeTables.set(table.id, table);
    return table;
  }

  subnetsOf(vpcId: string): HuaweiSubnet[] {
    return [...this.subnets.values()].filter((subnet) => subnet.vpcId === vpcId);
  }

  defaultTableOf(vpcId: string): HuaweiRouteTable | undefined {
    return [...this.routeTables.values()].find((table) => table.vpcId === vpcId && table.isDefault);
  }

  /** The immutable `local` routes of a VPC's tables: its subnets and the reserved ranges. */
  localRoutesOf(vpcId: string): HuaweiRoute[] {
    const destinations = [...this.subnetsOf(vpcId).map((subnet) => subnet.cidr), ...RESERVED_LOCAL_DESTINATIONS];
    return destinations.map((destination) => ({ id: '', type: 'local', destination, nexthop: '-', description: '' }));
  }

  /** Removes every route, in any table, whose next hop is the peering (delete cascades, reference §5). */
  removeRoutesTo(peeringId: string): void {
    for (const table of this.routeTables.values()) {
      const kept = table.routes.filter((route) => !(route.type === 'peering' && route.nexthop === peeringId));
      if (kept.length !== table.routes.length) {
        table.routes = kept;
        table.updatedAt = this.now();
      }
    }
  }

  /** Applies what time has decided: requests past their window expire, deleted peerings go. */
  settle(): void {
    const now = this.now();
    for (const peering of [...this.peerings.values()]) {
      if (peering.status === 'PENDING_ACCEPTANCE' && peering.expiresAt !== undefined && now >= peering.expiresAt) {
        peering.status = 'EXPIRED';
        peering.updatedAt = peering.expiresAt;
        peering.expiresAt = undefined;
      }
      if (peering.status === 'DELETED' && (peering.goneAt ?? 0) <= now) this.peerings.delete(peering.id);
    }
  }
}
