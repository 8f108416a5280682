// Loads everything the explorer and the graph show for one account in one region.
//
// Peer connections are token-paged (each page waits for the previous one), so they form a load's
// longest chain; the cloud layer's per-account concurrency limit serves the pages of such walks
// ahead of other requests (cloud/concurrencyLimiter.ts), and they are started first here too.

import type { InventoryReader, ReadOptions } from '../cloud/accountClient';
import type { RegionInventory } from '../model/types';

export async function loadRegionInventory(
  reader: InventoryReader,
  accountUid: string,
  regionId: string,
  options: ReadOptions = {},
): Promise<RegionInventory> {
  const peerConnections = reader.listPeerConnections(regionId, options);
  const vpcs = reader.listVpcs(regionId, options);
  const routerInterfaces = reader.listRouterInterfaces(regionId, options);
  const expressConnect = loadExpressConnect(reader, regionId, options);
  // One failed listing fails the region as a whole: a region shown half-loaded would hide
  // connections without saying so. The error stays local to this region.
  const [connections, vpcList, interfaces, express] = await Promise.all([
    peerConnections,
    vpcs,
    routerInterfaces,
    expressConnect,
  ]);
  return {
    accountUid,
    regionId,
    vpcs: vpcList,
    peerConnections: connections,
    routerInterfaces: interfaces,
    vbrs: express.vbrs,
    bgpGroups: express.bgpGroups,
    bgpPeers: express.bgpPeers,
  };
}

/** VBRs, and their BGP groups and peers only where there is a VBR (most regions have none). */
async function loadExpressConnect(reader: InventoryReader, regionId: string, options: ReadOptions) {
  const vbrs = await reader.listVbrs(regionId, options);
  if (vbrs.length === 0) return { vbrs, bgpGroups: [], bgpPeers: [] };
  const [bgpGroups, bgpPeers] = await Promise.all([
    reader.listBgpGroups(regionId, undefined, options),
    reader.listBgpPeers(regionId, {}, options),
  ]);
  return { vbrs, bgpGroups, bgpPeers };
}
