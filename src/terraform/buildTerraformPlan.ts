// Turns the live inventory into Terraform resources of the alicloud provider: peer connections
// in the requester's provider (with the accepter resource in the accepter's, across accounts),
// the route entries that point at them, router interface links, BGP groups and BGP peers.
// Attribute names and value types are the provider's schema (see providerSchema.ts); ids of
// resources that are not exported (VPCs, route tables, VBRs) stay literal with a comment naming
// them; ids of resources in the same export become references.

import type { InventorySnapshot, PeerConnection, RegionInventory, RouteTable, Vpc } from '../model/types';
import { BlockNamer, identifierFrom } from './blockNames';
import type { TerraformExportInput } from './exportOptions';
import { type BlockAddress, type HclExpression, map, number, reference, text } from './hclExpression';
import { exportBgp } from './bgpResources';
import { ProviderAliases } from './providerAliases';
import { exportRouterInterfaces } from './routerInterfaceResources';
import { type ExportedResource, importedById, type TerraformPlan } from './terraformPlan';
import { terraformSnapshot } from './terraformScope';

/** Statuses whose connections are left out: records of requests that never became links. */
const NOT_EXPORTED_STATUSES = new Set(['Rejected', 'Expired', 'Deleting', 'Deleted']);

/** Tag keys the provider ignores (it neither reads nor writes them). */
const IGNORED_TAG_KEY = /^(aliyun|acs:|https?:\/\/)/;

export function buildTerraformPlan(given: TerraformExportInput): TerraformPlan {
  const input = { ...given, snapshot: terraformSnapshot(given.snapshot) };
  const context = new ExportContext(input);
  const resources: ExportedResource[] = [];
  const connections = chosenConnections(input);
  const skipped = connections.filter((c) => NOT_EXPORTED_STATUSES.has(c.status));
  const exported = connections.filter((c) => !NOT_EXPORTED_STATUSES.has(c.status));
  const connectionBlocks = new Map<string, BlockAddress>();

  for (const connection of exported) {
    const requester = context.providerFor(connection.requester.accountUid, connection.requester.regionId);
    const accepterProvider =
      connection.accepter.accountUid !== connection.requester.accountUid
        ? context.providerFor(connection.accepter.accountUid, connection.accepter.regionId)
        : undefined;
    if (!requester && !accepterProvider) continue;
    const name = context.names.claim('connection', identifierFrom(connection.name, connection.id));
    if (requester) {
      const address = { type: 'alicloud_vpc_peer_connection', name };
      connectionBlocks.set(connection.id, address);
      resources.push(requesterResource(context, connection, address, requester));
    }
    if (accepterProvider) {
      resources.push(accepterResource(connection, name, accepterProvider, connectionBlocks.get(connection.id)));
    }
  }

  if (input.includeRoutes) {
    for (const connection of exported) resources.push(...routeResources(context, connection, connectionBlocks.get(connection.id)));
  }
  if (!input.connectionIds) {
    resources.push(...exportRouterInterfaces(context));
    resources.push(...exportBgp(context));
  }

  return {
    providers: context.aliases.used(),
    resources,
    importBlocks: input.importBlocks,
    header: headerLines(input.snapshot, exported.length, skipped),
  };
}

/** What the resource builders share: the inventory, names, provider aliases and comments. */
export class ExportContext {
  readonly names = new BlockNamer();
  readonly aliases: ProviderAliases;
  private readonly vpcs = new Map<string, Vpc>();
  private readonly tables = new Map<string, RouteTable>();

  constructor(readonly input: TerraformExportInput) {
    this.aliases = new ProviderAliases(input.access, input.regionName, this.names);
    for (const region of input.snapshot.regions) {
      for (const vpc of region.vpcs) this.vpcs.set(vpc.id, vpc);
      for (const table of region.routeTables ?? []) this.tables.set(table.id, table);
    }
  }

  get regions(): readonly RegionInventory[] {
    return [...this.input.snapshot.regions].sort((a, b) =>
      a.accountUid === b.accountUid ? a.regionId.localeCompare(b.regionId) : a.accountUid.localeCompare(b.accountUid),
    );
  }

  providerFor(accountUid: string, regionId: string): string | undefined {
    return this.aliases.aliasFor(accountUid, regionId);
  }

  routeTable(id: string): RouteTable | undefined {
    return this.tables.get(id);
  }

  /** "analytics-bj (vpc-2ze…), China (Beijing)" — a VPC as a person knows it. */
  describeVpc(vpcId: string, regionId: string): string {
    const vpc = this.vpcs.get(vpcId);
    const where = this.input.regionName?.(regionId) ?? regionId;
    return vpc?.name ? `${vpc.name} (${vpcId}), ${where}` : `${vpcId}, ${where}`;
  }
}

function chosenConnections(input: TerraformExportInput): PeerConnection[] {
  const wanted = input.connectionIds ? new Set(input.connectionIds) : undefined;
  const byId = new Map<string, PeerConnection>();
  for (const region of input.snapshot.regions) {
    for (const connection of region.peerConnections) {
      if (!wanted || wanted.has(connection.id)) byId.set(connection.id, connection);
    }
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

function requesterResource(
  context: ExportContext,
  connection: PeerConnection,
  address: BlockAddress,
  provider: string,
): ExportedResource {
  const interRegion = connection.requester.regionId !== connection.accepter.regionId;
  const attributes: Array<readonly [string, HclExpression]> = [];
  if (connection.name) attributes.push(['peer_connection_name', text(connection.name)]);
  attributes.push(['vpc_id', text(connection.requester.vpcId)]);
  attributes.push(['accepting_ali_uid', number(connection.accepter.accountUid)]);
  attributes.push(['accepting_region_id', text(connection.accepter.regionId)]);
  attributes.push(['accepting_vpc_id', text(connection.accepter.vpcId)]);
  attributes.push(...sharedAttributes(connection, interRegion));
  const tags = connection.tags.filter((tag) => !IGNORED_TAG_KEY.test(tag.key));
  if (tags.length) attributes.push(['tags', map(tags.map((tag) => [tag.key, tag.value] as const))]);
  return importedById(connection.id, {
    address,
    provider,
    attributes,
    comments: [
      `${connection.name || connection.id} (${connection.id}): ${connection.status}`,
      `from ${context.describeVpc(connection.requester.vpcId, connection.requester.regionId)}`,
      `to   ${context.describeVpc(connection.accepter.vpcId, connection.accepter.regionId)}`,
    ],
  });
}

function accepterResource(
  connection: PeerConnection,
  name: string,
  provider: string,
  requesterBlock: BlockAddress | undefined,
): ExportedResource {
  const interRegion = connection.requester.regionId !== connection.accepter.regionId;
  const attributes: Array<readonly [string, HclExpression]> = [
    ['instance_id', requesterBlock ? reference(requesterBlock, 'id') : text(connection.id)],
  ];
  if (connection.name) attributes.push(['peer_connection_accepter_name', text(connection.name)]);
  attributes.push(...sharedAttributes(connection, interRegion));
  return importedById(connection.id, {
    address: { type: 'alicloud_vpc_peer_connection_accepter', name },
    provider,
    attributes,
    comments: [`accepter side of ${connection.name || connection.id} (${connection.id})`, `destroying this block deletes the connection itself`],
  });
}

/** Arguments both connection resources take, written only where the live value is set. */
function sharedAttributes(connection: PeerConnection, interRegion: boolean): Array<readonly [string, HclExpression]> {
  const attributes: Array<readonly [string, HclExpression]> = [];
  if (connection.description) attributes.push(['description', text(connection.description)]);
  // -1 is "unlimited" within a region: the provider only takes a bandwidth of at least 1.
  if (interRegion && connection.bandwidthMbps >= 1) attributes.push(['bandwidth', number(connection.bandwidthMbps)]);
  if (interRegion && connection.linkType) attributes.push(['link_type', text(connection.linkType)]);
  if (connection.resourceGroupId) attributes.push(['resource_group_id', text(connection.resourceGroupId)]);
  return attributes;
}

function routeResources(
  context: ExportContext,
  connection: PeerConnection,
  connectionBlock: BlockAddress | undefined,
): ExportedResource[] {
  const resources: ExportedResource[] = [];
  // Both ends may live in one account and region: read each place's route tables once.
  const ends = [connection.requester, connection.accepter].filter(
    (end, i, all) => all.findIndex((e) => e.accountUid === end.accountUid && e.regionId === end.regionId) === i,
  );
  for (const end of ends) {
    const region = context.input.snapshot.regions.find((r) => r.accountUid === end.accountUid && r.regionId === end.regionId);
    const provider = context.providerFor(end.accountUid, end.regionId);
    if (!region || !provider) continue;
    const entries = (region.routeEntries ?? [])
      .filter((entry) => entry.nextHops.some((hop) => hop.type === 'VpcPeer' && hop.id === connection.id))
      .sort((a, b) => a.routeTableId.localeCompare(b.routeTableId) || a.destination.localeCompare(b.destination));
    for (const entry of entries) {
      const table = context.routeTable(entry.routeTableId);
      if (!table) continue;
      const base = identifierFrom(`${connection.name || connection.id} ${entry.destination}`, entry.id);
      const attributes: Array<readonly [string, HclExpression]> = [
        ['route_table_id', text(entry.routeTableId)],
        ['destination_cidrblock', text(entry.destination)],
        ['nexthop_type', text('VpcPeer')],
        ['nexthop_id', connectionBlock ? reference(connectionBlock, 'id') : text(connection.id)],
      ];
      // Not computed by the provider: leaving a live name or description out would replace the route.
      if (entry.name) attributes.push(['name', text(entry.name)]);
      if (entry.description) attributes.push(['description', text(entry.description)]);
      resources.push({
        address: { type: 'alicloud_route_entry', name: context.names.claim('alicloud_route_entry', base) },
        provider,
        attributes,
        importId: routeEntryImportId(entry.routeTableId, table.routerId, entry.destination, connection.id),
        liveId: entry.id,
        comments: [
          `${entry.destination} → ${connection.name || connection.id} (${connection.id})`,
          `in route table ${table.name ? `${table.name} (${table.id})` : table.id} of ${context.describeVpc(table.vpcId ?? end.vpcId, end.regionId)}`,
        ],
      });
    }
  }
  return resources;
}

/** The provider's import id: table, vRouter, CIDR (IPv6 colons as `_`), next-hop type and id. */
export function routeEntryImportId(tableId: string, routerId: string, destination: string, nextHopId: string): string {
  return [tableId, routerId, destination.replace(/:/g, '_'), 'VpcPeer', nextHopId].join(':');
}

function headerLines(snapshot: InventorySnapshot, exportedCount: number, skipped: PeerConnection[]): string[] {
  const lines = [
    `Peer connections of ${snapshot.accounts.map((a) => `${a.name} (${a.uid})`).join(', ') || 'no account'}`,
    `as the alicloud provider's resources (Terraform >= 1.5 for the import blocks).`,
    `${exportedCount} peer connection${exportedCount === 1 ? '' : 's'} exported.`,
  ];
  if (skipped.length) {
    lines.push(
      `Left out (${skipped.length}), records that never became links: ` +
        skipped.map((c) => `${c.name || c.id} (${c.id}, ${c.status})`).join(', '),
    );
  }
  return lines;
}

