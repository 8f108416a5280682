// A Huawei Cloud account behind the same AccountClient the store reads through and the commands
// write through, so the tree, the graph and the commands serve both providers. What Huawei's
// peering lacks is declared in HUAWEI_CAPABILITIES and refused here before anything is sent, with
// a CloudError that names the provider: no dry run, no bandwidth, link type, tags or resource
// groups, no peering across regions, no router interfaces, VBRs or BGP (those lists are empty).
//
// Huawei names things differently: a peering's sides are projects (the far one is mapped to its
// account when another profile holds it, see tenantDirectory.ts), a route entry is named by its
// destination within its table, and a peering is reached through its region's endpoint, so the
// client remembers the region of each peering it has seen.

import type {
  AccountClient,
  CallerIdentity,
  CreatedOrDryRun,
  CreatePeerConnectionInput,
  CreateRouteEntryInput,
  DeleteRouteEntryInput,
  InventoryReader,
  Operations,
  PeerConnectionChanges,
  ReadOptions,
  WriteOptions,
} from '../accountClient';
import { HUAWEI_CAPABILITIES, type ProviderCapabilities } from '../../model/capabilities';
import { CloudError, isCloudError } from '../errors';
import type { ProfileSpec } from '../profiles';
import type { PeerConnection, PeerEnd, Region, RouteEntry, Vpc } from '../../model/types';
import type { HuaweiCloudClient } from './huaweiCloudClient';
import { huaweiRegionName } from './regionNames';
import type { HuaweiTenantDirectory } from './tenantDirectory';

interface TableSeen {
  regionId: string;
  vpcId: string;
  entries: RouteEntry[];
}

export class HuaweiAccountClient implements AccountClient {
  readonly capabilities: ProviderCapabilities = HUAWEI_CAPABILITIES;
  readonly reader: InventoryReader;
  readonly operations: Operations;
  readonly #client: HuaweiCloudClient;
  readonly #directory: HuaweiTenantDirectory;
  readonly #regionOfPeering = new Map<string, string>();
  /** Each region's last VPC listing, or the one in flight: a peering listing reads its own VPCs' CIDRs from it. */
  readonly #vpcsOfRegion = new Map<string, { vpcs: Promise<Vpc[]>; settled: boolean }>();
  readonly #tables = new Map<string, TableSeen>();

  constructor(
    readonly profile: ProfileSpec,
    client: HuaweiCloudClient,
    directory: HuaweiTenantDirectory,
  ) {
    this.#client = client;
    this.#directory = directory;
    directory.register(profile.id, () => client.projects());
    this.reader = this.#reader();
    this.operations = this.#operations();
  }

  async identity(o?: ReadOptions): Promise<CallerIdentity> {
    return { accountUid: await this.#client.accountId(o?.signal), identityType: 'Account' };
  }

  close(): void {
    this.#directory.unregister(this.profile.id);
    this.#client.close();
  }

  #reader(): InventoryReader {
    const client = this.#client;
    const none = async () => [];
    // A region's load asks for its peerings and its VPCs at once; both share one VPC listing.
    const listVpcs = (regionId: string, o?: ReadOptions): Promise<Vpc[]> => {
      const current = this.#vpcsOfRegion.get(regionId);
      if (current && !current.settled) return current.vpcs;
      const entry = { vpcs: client.listVpcs(regionId, o?.signal), settled: false };
      this.#vpcsOfRegion.set(regionId, entry);
      entry.vpcs.then(
        () => (entry.settled = true),
        () => this.#vpcsOfRegion.get(regionId) === entry && this.#vpcsOfRegion.delete(regionId),
      );
      return entry.vpcs;
    };
    const listPeerConnections = async (regionId: string, o?: ReadOptions): Promise<PeerConnection[]> => {
      const ownVpcs = await (this.#vpcsOfRegion.get(regionId)?.vpcs ?? listVpcs(regionId, o));
      const peerings = await client.listPeerings(regionId, { ownVpcs, signal: o?.signal });
      return Promise.all(peerings.map((peering) => this.#seen(peering, regionId)));
    };
    const listRouteTables = async (regionId: string, vpcId: string, o?: ReadOptions) => {
      const { tables, entries } = await client.listRouteTables(regionId, vpcId, o?.signal);
      for (const table of tables) this.#tables.set(table.id, { regionId, vpcId, entries: entries.filter((entry) => entry.routeTableId === table.id) });
      return tables;
    };
    return {
      describeRegions: async (o) => (await client.regions(o?.signal)).map((id): Region => ({ id, name: huaweiRegionName(id) })),
      // Huawei's listings are read whole (up to 2,000 a page, every page): one page here.
      listVpcsPage: async (regionId, _token, o) => ({ items: await listVpcs(regionId, o) }),
      listVpcs,
      listPeerConnectionsPage: async (regionId, _token, o) => ({ items: await listPeerConnections(regionId, o) }),
      listPeerConnections,
      getPeerConnection: (id, o) => this.#findPeering(id, o?.signal),
      listVSwitches: (regionId, vpcId, o) => client.listSubnets(regionId, vpcId, o?.signal),
      listRouteTables,
      listRouteEntries: async (regionId, routeTableId, o) => {
        const vpcId = await this.#vpcOfTable(routeTableId);
        await listRouteTables(regionId, vpcId, o);
        return this.#tables.get(routeTableId)?.entries ?? [];
      },
      listVbrRouteTables: none,
      listRouterInterfaces: none,
      listVbrs: none,
      listBgpGroups: none,
      listBgpPeers: none,
    };
  }

  #operations(): Operations {
    const client = this.#client;
    const lacks = (operation: string, feature: string) => async (): Promise<never> => {
      throw unsupported(operation, feature);
    };
    const createPeerConnection = async (input: CreatePeerConnectionInput, o: WriteOptions): Promise<CreatedOrDryRun> => {
      if (o.dryRun || input.dryRun) throw unsupported('CreateVpcPeering', 'a dry run');
      if (input.bandwidthMbps !== undefined || input.linkType !== undefined) throw unsupported('CreateVpcPeering', 'bandwidth and link type');
      if (input.tags?.length || input.resourceGroupId) throw unsupported('CreateVpcPeering', 'tags and resource groups');
      if (input.acceptingRegionId !== input.regionId) {
        throw new CloudError({
          code: 'CrossRegionPeering',
          operation: 'CreateVpcPeering',
          kind: 'client',
          apiMessage: `The VPCs are in ${input.regionId} and ${input.acceptingRegionId}.`,
          hint: 'Huawei Cloud peers two VPCs of the same region only; VPCs of two regions need Cloud Connect.',
        });
      }
      const own = (await this.identity()).accountUid;
      // An account the person holds is found by its project in the region; any other is given by
      // that project's id (what Huawei's console calls the peer's project ID).
      const peerProjectId = input.acceptingAccountUid === own ? undefined : ((await this.#directory.projectOf(input.acceptingAccountUid, input.regionId)) ?? input.acceptingAccountUid);
      const created = await client.createPeering(
        input.regionId,
        { name: input.name ?? defaultPeeringName(input.vpcId, input.acceptingVpcId), description: input.description, localVpcId: input.vpcId, peerVpcId: input.acceptingVpcId, peerProjectId },
        o.signal,
      );
      this.#regionOfPeering.set(created.id, input.regionId);
      return { id: created.id, dryRun: false };
    };
    return {
      createPeerConnection: createPeerConnection as Operations['createPeerConnection'],
      acceptPeerConnection: async (id, o, extra) => {
        if (extra?.tags?.length || extra?.resourceGroupId) throw unsupported('AcceptVpcPeering', 'tags and resource groups');
        await client.acceptPeering(await this.#regionOf(id, o.signal), id, o.signal);
      },
      rejectPeerConnection: async (id, o) => {
        await client.rejectPeering(await this.#regionOf(id, o.signal), id, o.signal);
      },
      modifyPeerConnection: async (id, changes: PeerConnectionChanges, o) => {
        if (o.dryRun) throw unsupported('UpdateVpcPeering', 'a dry run');
        if (changes.bandwidthMbps !== undefined || changes.linkType !== undefined) throw unsupported('UpdateVpcPeering', 'bandwidth and link type');
        await client.updatePeering(await this.#regionOf(id, o.signal), id, { name: changes.name, description: changes.description }, o.signal);
      },
      // Deleting a Huawei peering removes its routes on both sides: `force` changes nothing.
      deletePeerConnection: async (id, _options, o) => {
        await client.deletePeering(await this.#regionOf(id, o.signal), id, o.signal);
      },
      createRouteEntry: (async (input: CreateRouteEntryInput, o: WriteOptions): Promise<CreatedOrDryRun> => {
        if (o.dryRun) throw unsupported('AddRouteTableRoute', 'a dry run');
        if (input.nextHopType !== 'VpcPeer') throw unsupported('AddRouteTableRoute', `routes whose next hop is a ${input.nextHopType}`);
        const vpcId = await this.#vpcOfTable(input.routeTableId);
        const entry = await client.addPeeringRoute(input.regionId, { vpcId, destination: input.destination, peeringId: input.nextHopId, description: input.description }, o.signal);
        return { id: entry.id, dryRun: false };
      }) as Operations['createRouteEntry'],
      deleteRouteEntry: async (input: DeleteRouteEntryInput, o) => {
        await client.removePeeringRoute(input.regionId, { vpcId: await this.#vpcOfTable(input.routeTableId), destination: input.routeEntryId }, o.signal);
      },
      createRouterInterface: lacks('CreateRouterInterface', 'router interfaces'),
      modifyRouterInterfaceAttribute: lacks('ModifyRouterInterfaceAttribute', 'router interfaces'),
      connectRouterInterface: lacks('ConnectRouterInterface', 'router interfaces'),
      activateRouterInterface: lacks('ActivateRouterInterface', 'router interfaces'),
      deactivateRouterInterface: lacks('DeactivateRouterInterface', 'router interfaces'),
      deleteRouterInterface: lacks('DeleteRouterInterface', 'router interfaces'),
      createBgpGroup: lacks('CreateBgpGroup', 'BGP'),
      modifyBgpGroup: lacks('ModifyBgpGroupAttribute', 'BGP'),
      deleteBgpGroup: lacks('DeleteBgpGroup', 'BGP'),
      createBgpPeer: lacks('CreateBgpPeer', 'BGP'),
      modifyBgpPeer: lacks('ModifyBgpPeerAttribute', 'BGP'),
      deleteBgpPeer: lacks('DeleteBgpPeer', 'BGP'),
    };
  }

  /** Remembers where the peering lives and names the far side's account when a profile here holds it. */
  async #seen(peering: PeerConnection, regionId: string): Promise<PeerConnection> {
    this.#regionOfPeering.set(peering.id, regionId);
    const named = async (end: PeerEnd): Promise<PeerEnd> => {
      if (!end.projectId || end.accountUid !== end.projectId) return end;
      const accountUid = await this.#directory.accountOfProject(end.projectId);
      return accountUid ? { ...end, accountUid } : end;
    };
    const [requester, accepter] = await Promise.all([named(peering.requester), named(peering.accepter)]);
    return { ...peering, requester, accepter };
  }

  /** The peering read where it was seen, else looked for in each region of the account; undefined when none has it. */
  async #findPeering(id: string, signal?: AbortSignal): Promise<PeerConnection | undefined> {
    const known = this.#regionOfPeering.get(id);
    const regions = known ? [known] : await this.#client.regions(signal);
    for (const regionId of regions) {
      try {
        return await this.#seen(await this.#client.showPeering(regionId, id, signal), regionId);
      } catch (error) {
        if (!(isCloudError(error) && error.httpStatus === 404)) throw error;
      }
    }
    this.#regionOfPeering.delete(id);
    return undefined;
  }

  async #regionOf(id: string, signal?: AbortSignal): Promise<string> {
    const known = this.#regionOfPeering.get(id);
    if (known) return known;
    const found = await this.#findPeering(id, signal);
    if (!found) {
      throw new CloudError({ code: 'PeeringNotFound', operation: 'ShowVpcPeering', kind: 'client', apiMessage: `No region of this account has the peering ${id}.`, hint: 'It may have been deleted: refresh the view and check the id.' });
    }
    return this.#regionOfPeering.get(id)!;
  }

  /** Huawei edits routes per VPC: the VPC of a route table read before (listing a region's VPCs names their tables). */
  async #vpcOfTable(routeTableId: string): Promise<string> {
    const listed = await Promise.all([...this.#vpcsOfRegion.values()].map((entry) => entry.vpcs.catch((): Vpc[] => [])));
    const seen = this.#tables.get(routeTableId)?.vpcId ?? listed.flat().find((vpc) => vpc.routeTableIds.includes(routeTableId))?.id;
    if (seen) return seen;
    throw new CloudError({ code: 'RouteTableNotFound', operation: 'ShowRouteTable', kind: 'client', apiMessage: `The route table ${routeTableId} has not been read.`, hint: 'Refresh the region, then try again.' });
  }
}

/** Huawei requires a name; a stable one lets a repeated create find the peering it made. */
function defaultPeeringName(localVpcId: string, peerVpcId: string): string {
  return `peering-${localVpcId.slice(0, 8)}-${peerVpcId.slice(0, 8)}`;
}

function unsupported(operation: string, feature: string): CloudError {
  return new CloudError({
    code: 'UnsupportedByProvider',
    operation,
    kind: 'client',
    apiMessage: `Huawei Cloud peering has no ${feature}.`,
    hint: `${HUAWEI_CAPABILITIES.displayName} does not offer ${feature} for VPC peering; nothing was sent.`,
  });
}
