// Direct access to the emulated cloud for tests and the sandbox: read the truth in domain types,
// and change it out of band (as another engineer or the console would) without going through the
// API. Every read first settles transitions that have come due.

import { normalizeCidr } from '../../model/cidr';
import type { PeerConnection, PeerStatus, RegionInventory, RouteEntry, Vpc } from '../../model/types';
import { compileVpc } from '../scenario/compile';
import { populateWorld } from '../scenario/populate';
import { worldToDocument } from '../scenario/save';
import type { ScenarioDocument } from '../scenario/document';
import { peerToDomain, regionInventory, routeEntryToDomain, vpcToDomain } from './domain';
import type { AccountRecord } from './records';
import { routeEntryIn } from './systemRoutes';
import type { World } from './world';

export interface NewVpc {
  cidrBlock: string;
  name?: string;
  description?: string;
  secondaryCidrs?: string[];
  isDefault?: boolean;
  /** vSwitches to create in it, each with a system route for its CIDR. */
  vSwitches?: Array<{ cidrBlock: string; zoneId?: string; name?: string }>;
}

export interface NewRoute {
  destination: string;
  nextHopType: string;
  nextHopId: string;
  name?: string;
  description?: string;
  /** Default `Available`; `Pending` settles after the transition time. */
  status?: string;
}

export class EmulatorWorld {
  /** @internal Handed out by `startEmulator`; tests use the methods. */
  constructor(private readonly world: World) {}

  /** The region ids DescribeRegions reports. */
  regions(): string[] {
    return [...this.world.regions()];
  }

  /**
   * Everything one account has in one region, route tables and entries included, as the domain
   * types of `src/model/types.ts`. Peer connections are those ListVpcPeerConnections returns for
   * that account and region (requested there, or accepting there).
   * @param account account name (e.g. `network-hub`) or uid
   */
  inventory(account: string, regionId: string): RegionInventory {
    this.world.advance();
    return regionInventory(this.world, this.accountOf(account).uid, regionId);
  }

  /** A connection as `viewer` (name or uid; default the requester) sees it, or undefined once gone. */
  peerConnection(id: string, viewer?: string): PeerConnection | undefined {
    this.world.advance();
    const peer = this.world.peers.get(id);
    if (!peer) return undefined;
    return peerToDomain(this.world, peer, viewer === undefined ? undefined : this.accountOf(viewer).uid);
  }

  vpc(id: string): Vpc | undefined {
    const vpc = this.world.vpcs.get(id);
    return vpc ? vpcToDomain(this.world, vpc) : undefined;
  }

  /** The entries of one route table (system and custom). */
  routeEntries(routeTableId: string): RouteEntry[] {
    this.world.advance();
    return this.world.routeEntries.where('table', routeTableId).map((e) => routeEntryToDomain(this.world, e));
  }

  /**
   * Puts a connection into `status` as if the service had. A transitional status (`Creating`,
   * `Updating`, `Deleting`) settles after the transition time; `Accepting` waits for its answer until
   * the acceptance window closes; `Deleted` removes the connection.
   */
  setPeerStatus(id: string, status: PeerStatus): void {
    const peer = this.world.peers.get(id);
    if (!peer) throw new Error(`no peer connection ${id}`);
    if (status === 'Deleted') this.world.peers.remove(id);
    else this.world.enterStatus('peer', peer, status);
    peer.modifiedAt = this.world.now();
    this.world.changed();
  }

  /** Ends the acceptance window of a waiting request now: it becomes `Expired`. */
  expirePeerRequest(id: string): void {
    const peer = this.world.peers.get(id);
    if (!peer) throw new Error(`no peer connection ${id}`);
    if (peer.status !== 'Accepting') throw new Error(`${id} is ${peer.status}, not Accepting`);
    peer.expiresAt = this.world.now();
    this.world.setStatus('peer', peer, 'Expired');
    this.world.changed();
  }

  /**
   * Creates a VPC (with its router, system route table and vSwitches) for an account, under the
   * rules of a scenario's VPCs (a ScenarioError names what is wrong).
   */
  addVpc(account: string, regionId: string, spec: NewVpc): Vpc {
    const { ids, settings } = this.world;
    const owner = this.accountOf(account).uid;
    const id = ids.next('vpc', regionId);
    const [vRouterId, systemRouteTableId] = [ids.next('vrt', regionId), ids.next('vtb', regionId)];
    const vSwitches = (spec.vSwitches ?? []).map((s) => ({ ...s, id: ids.next('vsw', regionId), systemRouteEntryId: ids.next('rte', regionId) }));
    const vpc = { ...spec, id, account: owner, regionId, vRouterId, systemRouteTableId, vSwitches };
    populateWorld(this.world, compileVpc(vpc, this.world.accounts(), { ids, now: this.world.now(), acceptWindowMs: settings.acceptWindowMs }));
    this.world.addRegion(regionId);
    this.world.changed();
    return vpcToDomain(this.world, this.world.vpcs.get(id)!);
  }

  /** Removes a VPC with everything in it, and every peer connection it is part of. */
  removeVpc(id: string): void {
    if (!this.world.vpcs.has(id)) throw new Error(`no VPC ${id}`);
    this.world.removeVpc(id);
    this.world.changed();
  }

  /** Adds a custom route entry without the API's checks (to set up conflicts a test needs). */
  addRoute(routeTableId: string, route: NewRoute): RouteEntry {
    const table = this.world.routeTables.get(routeTableId);
    if (!table) throw new Error(`no route table ${routeTableId}`);
    const parsed = normalizeCidr(route.destination);
    if (!parsed.ok) throw new Error(parsed.reason);
    const entry = routeEntryIn(table, {
      id: this.world.ids.next('rte', table.regionId),
      destination: parsed.cidr.text,
      type: 'Custom',
      status: 'Available',
      name: route.name ?? '',
      description: route.description ?? '',
      nextHops: [{ type: route.nextHopType, id: route.nextHopId }],
      modifiedAt: this.world.now(),
    });
    this.world.routeEntries.add(entry);
    this.world.enterStatus('routeEntry', entry, route.status ?? 'Available');
    this.world.changed();
    return routeEntryToDomain(this.world, entry);
  }

  removeRoute(routeEntryId: string): void {
    if (!this.world.routeEntries.has(routeEntryId)) throw new Error(`no route entry ${routeEntryId}`);
    this.world.routeEntries.remove(routeEntryId);
    this.world.changed();
  }

  /** Finishes every transition now (Creating → Activated, Pending → Available, …), however far off. */
  settle(): void {
    this.world.settleAll();
  }

  /** The whole world as a scenario document (the state file format). */
  toDocument(): ScenarioDocument {
    this.world.advance();
    return worldToDocument(this.world);
  }

  private accountOf(nameOrUid: string): AccountRecord {
    const account = this.world.findAccount(nameOrUid);
    if (!account) throw new Error(`no account ${nameOrUid}`);
    return account;
  }
}
