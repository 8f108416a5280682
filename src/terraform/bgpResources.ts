// BGP groups and peers of each virtual border router as `alicloud_vpc_bgp_group` and
// `alicloud_vpc_bgp_peer`; a peer refers to its group's block. The group's authentication key
// is never read from the cloud, so the export says where it must be supplied.

import type { BgpGroup, BgpPeer } from '../model/types';
import type { ExportContext } from './buildTerraformPlan';
import { identifierFrom } from './blockNames';
import { type BlockAddress, type HclExpression, bool, number, reference, text } from './hclExpression';
import { type ExportedResource, importedById } from './terraformPlan';

export function exportBgp(context: ExportContext): ExportedResource[] {
  const resources: ExportedResource[] = [];
  for (const region of context.regions) {
    if (!region.bgpGroups.length && !region.bgpPeers.length) continue;
    const provider = context.providerFor(region.accountUid, region.regionId);
    if (!provider) continue;
    const vbrNames = new Map(region.vbrs.map((vbr) => [vbr.id, vbr.name]));
    const groups = new Map<string, BlockAddress>();
    for (const group of [...region.bgpGroups].sort((a, b) => a.id.localeCompare(b.id))) {
      const address = {
        type: 'alicloud_vpc_bgp_group',
        name: context.names.claim('alicloud_vpc_bgp_group', identifierFrom(group.name, group.id)),
      };
      groups.set(group.id, address);
      resources.push(groupResource(group, provider, address, vbrNames.get(group.vbrId)));
    }
    for (const peer of [...region.bgpPeers].sort((a, b) => a.id.localeCompare(b.id))) {
      const name = context.names.claim('alicloud_vpc_bgp_peer', identifierFrom(peer.name || peer.peerIpAddress, peer.id));
      resources.push(peerResource(peer, provider, name, groups.get(peer.bgpGroupId)));
    }
  }
  return resources;
}

function groupResource(group: BgpGroup, provider: string, address: BlockAddress, vbrName: string | undefined): ExportedResource {
  const attributes: Array<readonly [string, HclExpression]> = [
    ['router_id', text(group.vbrId)],
    ['peer_asn', number(group.peerAsn)],
  ];
  if (group.localAsn) attributes.push(['local_asn', number(group.localAsn)]);
  if (group.name) attributes.push(['bgp_group_name', text(group.name)]);
  if (group.description) attributes.push(['description', text(group.description)]);
  if (group.ipVersion) attributes.push(['ip_version', text(group.ipVersion)]);
  if (group.routeLimit !== undefined) attributes.push(['route_limit', number(group.routeLimit)]);
  const comments = [
    `BGP group ${group.name ? `${group.name} (${group.id})` : group.id} on VBR ${vbrName ? `${vbrName} (${group.vbrId})` : group.vbrId}`,
  ];
  if (group.hasAuthKey) comments.push('an authentication key is set in the cloud: supply it as auth_key (sensitive) before applying');
  return importedById(group.id, { address, provider, attributes, comments });
}

function peerResource(peer: BgpPeer, provider: string, name: string, group: BlockAddress | undefined): ExportedResource {
  const attributes: Array<readonly [string, HclExpression]> = [
    ['bgp_group_id', group ? reference(group, 'id') : text(peer.bgpGroupId)],
  ];
  if (peer.peerIpAddress) attributes.push(['peer_ip_address', text(peer.peerIpAddress)]);
  attributes.push(['enable_bfd', bool(peer.enableBfd)]);
  if (peer.enableBfd && peer.bfdMultiHop) attributes.push(['bfd_multi_hop', number(peer.bfdMultiHop)]);
  if (peer.ipVersion) attributes.push(['ip_version', text(peer.ipVersion)]);
  return importedById(peer.id, {
    address: { type: 'alicloud_vpc_bgp_peer', name },
    provider,
    attributes,
    comments: [`BGP peer ${peer.name ? `${peer.name} (${peer.id})` : peer.id} at ${peer.peerIpAddress || 'no address'}: ${peer.bgpStatus}`],
  });
}
