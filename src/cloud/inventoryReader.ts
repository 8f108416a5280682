// The reads the store needs, over VPC 2016-04-28 (SDK) and VpcPeer 2022-01-01 (generic client).
// Every call goes through the account's RequestRunner (limiter, timeouts, retry, error mapping);
// page-number listings read the remaining pages concurrently once the first page gives the total.

import {
  DescribeBgpGroupsRequest,
  DescribeBgpPeersRequest,
  DescribeRegionsRequest,
  DescribeRouteEntryListRequest,
  DescribeRouteTableListRequest,
  DescribeRouterInterfacesRequest,
  DescribeVSwitchesRequest,
  DescribeVirtualBorderRoutersRequest,
  DescribeVpcsRequest,
} from '@alicloud/vpc20160428';
import type VpcClient from '@alicloud/vpc20160428';
import type * as $dara from '@darabonba/typescript';
import type { BgpGroup, BgpPeer, PeerConnection, Region, RouteEntry, RouterInterface, RouteTable, VirtualBorderRouter, Vpc, VSwitch } from '../model/types';
import type { BgpPeerFilter, InventoryReader, Page, ReadOptions } from './accountClient';
import type { ClientFactory, WireParams } from './clientFactory';
import { CloudError } from './errors';
import { toBgpGroup, toBgpPeer, toVbr } from './mapping/expressConnect';
import { toPeerConnection, type WirePeerConnection } from './mapping/peerConnection';
import { toRouterInterface } from './mapping/routerInterface';
import { toRegion, toRouteEntry, toRouteTable, toVpc, toVSwitch } from './mapping/vpc';
import { collectNumberedPages, collectTokenPages, nextPageToken, pageNumberFromToken } from './paging';
import type { RequestRunner, RequestSpec } from './requestRunner';

/** Largest page each API allows: 50 for the VPC API's page-number listings. */
export const VPC_PAGE_SIZE = 50;
/** ListVpcPeerConnections MaxResults and DescribeRouteEntryList MaxResult allow up to 100. */
export const TOKEN_PAGE_SIZE = 100;

interface WirePeerList {
  TotalCount?: number;
  NextToken?: string;
  VpcPeerConnects?: WirePeerConnection[];
}

export interface InventoryReaderDeps {
  runner: RequestRunner;
  clients: ClientFactory;
  /** The account's UID (from STS), for answers that do not name their owner. */
  accountUid: (o?: ReadOptions) => Promise<string>;
  /** Region to send region-less reads to (DescribeRegions). */
  homeRegionId: string;
}

const byId = (item: { id: string }) => item.id;

export class AlibabaInventoryReader implements InventoryReader {
  readonly #deps: InventoryReaderDeps;

  constructor(deps: InventoryReaderDeps) {
    this.#deps = deps;
  }

  async describeRegions(o?: ReadOptions): Promise<Region[]> {
    const regionId = this.#deps.homeRegionId;
    const body = await this.#vpcRead('DescribeRegions', regionId, o, (c, rt) =>
      c.describeRegionsWithOptions(new DescribeRegionsRequest({ acceptLanguage: 'en-US' }), rt),
    );
    return (body.regions?.region ?? []).map(toRegion).filter((r) => r.id !== '');
  }

  async listVpcsPage(regionId: string, token: string | undefined, o?: ReadOptions): Promise<Page<Vpc>> {
    const pageNumber = pageNumberFromToken(token);
    const [page, uid] = await Promise.all([this.#vpcsPage(regionId, pageNumber, o), this.#deps.accountUid(o)]);
    return {
      items: page.items.map((w) => toVpc(w, regionId, uid)),
      totalCount: page.totalCount,
      nextToken: nextPageToken(pageNumber, VPC_PAGE_SIZE, page),
    };
  }

  async listVpcs(regionId: string, o?: ReadOptions): Promise<Vpc[]> {
    const [wire, uid] = await Promise.all([
      collectNumberedPages((n) => this.#vpcsPage(regionId, n, o), VPC_PAGE_SIZE, (w) => w.vpcId ?? ''),
      this.#deps.accountUid(o),
    ]);
    return wire.map((w) => toVpc(w, regionId, uid));
  }

  async listPeerConnectionsPage(regionId: string, token: string | undefined, o?: ReadOptions): Promise<Page<PeerConnection>> {
    const body = await this.#peerRead<WirePeerList>('ListVpcPeerConnections', regionId, o, {
      RegionId: regionId,
      MaxResults: TOKEN_PAGE_SIZE,
      NextToken: token,
    }, undefined, true);
    return {
      items: (body.VpcPeerConnects ?? []).map(toPeerConnection),
      nextToken: body.NextToken ? body.NextToken : undefined,
      totalCount: body.TotalCount,
    };
  }

  async listPeerConnections(regionId: string, o?: ReadOptions): Promise<PeerConnection[]> {
    const [all, uid] = await Promise.all([
      collectTokenPages((token) => this.listPeerConnectionsPage(regionId, token, o), byId),
      this.#deps.accountUid(o),
    ]);
    // Keep exactly the connections whose own end is in this region, whatever else the list holds.
    return all.filter(
      (p) =>
        (p.requester.accountUid === uid && p.requester.regionId === regionId) ||
        (p.accepter.accountUid === uid && p.accepter.regionId === regionId),
    );
  }

  async getPeerConnection(id: string, o?: ReadOptions): Promise<PeerConnection | undefined> {
    const body = await this.#peerRead<WirePeerConnection | null>('GetVpcPeerConnectionAttribute', undefined, o, { InstanceId: id }, (error) =>
      error.code === 'ResourceNotFound.InstanceId' ? { value: null } : undefined,
    );
    return body ? toPeerConnection(body) : undefined;
  }

  async listVSwitches(regionId: string, vpcId: string, o?: ReadOptions): Promise<VSwitch[]> {
    const wire = await this.#numbered('DescribeVSwitches', regionId, o, (c, page, rt) =>
      c.describeVSwitchesWithOptions(new DescribeVSwitchesRequest({ ...page, vpcId }), rt), (b) => b.vSwitches?.vSwitch, (w) => w.vSwitchId);
    return wire.map((w) => toVSwitch(w, regionId));
  }

  async listRouteTables(regionId: string, vpcId: string, o?: ReadOptions): Promise<RouteTable[]> {
    return this.#routeTableList(regionId, { vpcId }, o);
  }

  async listVbrRouteTables(regionId: string, vbrId: string, o?: ReadOptions): Promise<RouteTable[]> {
    return this.#routeTableList(regionId, { routerId: vbrId, routerType: 'VBR' }, o);
  }

  /** The route tables of a VPC or of a VBR (its router), every page. */
  async #routeTableList(regionId: string, owner: { vpcId: string } | { routerId: string; routerType: 'VBR' }, o?: ReadOptions): Promise<RouteTable[]> {
    const wire = await this.#numbered('DescribeRouteTableList', regionId, o, (c, page, rt) =>
      c.describeRouteTableListWithOptions(new DescribeRouteTableListRequest({ ...page, ...owner }), rt), (b) => b.routerTableList?.routerTableListType, (w) => w.routeTableId);
    return wire.map((w) => toRouteTable(w, regionId));
  }

  async listRouteEntries(regionId: string, routeTableId: string, o?: ReadOptions): Promise<RouteEntry[]> {
    const entries = await collectTokenPages(async (nextToken) => {
      const body = await this.#vpcRead('DescribeRouteEntryList', regionId, o, (c, rt) =>
        c.describeRouteEntryListWithOptions(new DescribeRouteEntryListRequest({ regionId, routeTableId, maxResult: TOKEN_PAGE_SIZE, nextToken }), rt),
      true);
      return { items: body.routeEntrys?.routeEntry ?? [], nextToken: body.nextToken || undefined };
    }, (w) => w.routeEntryId ?? `${w.destinationCidrBlock ?? ''}|${w.type ?? ''}`);
    return entries.map((w) => toRouteEntry(w, regionId));
  }

  listRouterInterfaces(regionId: string, o?: ReadOptions): Promise<RouterInterface[]> {
    const wire = this.#numbered('DescribeRouterInterfaces', regionId, o, (c, page, rt) =>
      c.describeRouterInterfacesWithOptions(new DescribeRouterInterfacesRequest(page), rt), (b) => b.routerInterfaceSet?.routerInterfaceType, (w) => w.routerInterfaceId);
    return this.#owned(wire, o, (w, uid) => toRouterInterface(w, regionId, uid));
  }

  listVbrs(regionId: string, o?: ReadOptions): Promise<VirtualBorderRouter[]> {
    const wire = this.#numbered('DescribeVirtualBorderRouters', regionId, o, (c, page, rt) =>
      c.describeVirtualBorderRoutersWithOptions(new DescribeVirtualBorderRoutersRequest(page), rt), (b) => b.virtualBorderRouterSet?.virtualBorderRouterType, (w) => w.vbrId);
    return this.#owned(wire, o, (w, uid) => toVbr(w, regionId, uid));
  }

  /** Listed resources whose answer does not name their account: they are the caller's (its UID read alongside). */
  async #owned<W, T>(wire: Promise<W[]>, o: ReadOptions | undefined, map: (w: W, uid: string) => T): Promise<T[]> {
    const [items, uid] = await Promise.all([wire, this.#deps.accountUid(o)]);
    return items.map((w) => map(w, uid));
  }

  async listBgpGroups(regionId: string, vbrId?: string, o?: ReadOptions): Promise<BgpGroup[]> {
    const wire = await this.#numbered('DescribeBgpGroups', regionId, o, (c, page, rt) =>
      c.describeBgpGroupsWithOptions(new DescribeBgpGroupsRequest({ ...page, routerId: vbrId }), rt), (b) => b.bgpGroups?.bgpGroup, (w) => w.bgpGroupId);
    return wire.map((w) => toBgpGroup(w, regionId));
  }

  async listBgpPeers(regionId: string, filter: BgpPeerFilter, o?: ReadOptions): Promise<BgpPeer[]> {
    const { vbrId, bgpGroupId, bgpPeerId } = filter;
    const wire = await this.#numbered('DescribeBgpPeers', regionId, o, (c, page, rt) =>
      c.describeBgpPeersWithOptions(new DescribeBgpPeersRequest({ ...page, routerId: vbrId, bgpGroupId, bgpPeerId }), rt), (b) => b.bgpPeers?.bgpPeer, (w) => w.bgpPeerId);
    return wire.map((w) => toBgpPeer(w, regionId));
  }

  #vpcsPage(regionId: string, pageNumber: number, o?: ReadOptions) {
    return this.#vpcRead('DescribeVpcs', regionId, o, (c, rt) =>
      c.describeVpcsWithOptions(new DescribeVpcsRequest({ regionId, pageNumber, pageSize: VPC_PAGE_SIZE }), rt),
    ).then((body) => ({ items: body.vpcs?.vpc ?? [], totalCount: body.totalCount }));
  }

  /** One VPC API read through the runner; resolves to the response body. */
  #vpcRead<B>(
    action: string,
    regionId: string,
    o: ReadOptions | undefined,
    send: (client: VpcClient, runtime: $dara.RuntimeOptions) => Promise<{ body?: B }>,
    walk = false,
  ): Promise<B> {
    return this.#deps.runner.run({
      product: 'vpc',
      action,
      regionId,
      kind: 'read',
      signal: o?.signal,
      walk,
      send: async (rt) => {
        const { body } = await send(this.#deps.clients.vpc(regionId), rt);
        if (!body) throw new CloudError({ code: 'InvalidResponse', operation: action, kind: 'response', apiMessage: 'The answer had no body.' });
        return body;
      },
    });
  }

  /**
   * Every item of a page-number VPC listing: `send` asks for one page (the paging fields go into
   * its request), `items` finds the page's items in the answer, `keyOf` names an item.
   */
  #numbered<B extends { totalCount?: number }, W>(
    action: string,
    regionId: string,
    o: ReadOptions | undefined,
    send: (client: VpcClient, page: { regionId: string; pageNumber: number; pageSize: number }, runtime: $dara.RuntimeOptions) => Promise<{ body?: B }>,
    items: (body: B) => W[] | undefined,
    keyOf: (item: W) => string | undefined,
  ): Promise<W[]> {
    const page = async (pageNumber: number) => {
      const body = await this.#vpcRead(action, regionId, o, (c, rt) => send(c, { regionId, pageNumber, pageSize: VPC_PAGE_SIZE }, rt));
      return { items: items(body) ?? [], totalCount: body.totalCount };
    };
    return collectNumberedPages(page, VPC_PAGE_SIZE, (w) => keyOf(w) ?? '');
  }

  /** One VpcPeer read; `resultForError` turns an error code into an answer (see RequestSpec). */
  #peerRead<B>(
    action: string,
    regionId: string | undefined,
    o: ReadOptions | undefined,
    body: WireParams,
    resultForError?: RequestSpec<B>['resultForError'],
    walk = false,
  ): Promise<B> {
    return this.#deps.runner.run({
      product: 'vpcpeer',
      action,
      regionId,
      kind: 'read',
      signal: o?.signal,
      walk,
      send: (rt) => this.#deps.clients.callRpc<B>('vpcpeer', action, rt, body),
      resultForError,
    });
  }
}
