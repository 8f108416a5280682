// Router interfaces as `alicloud_express_connect_router_interface` (the provider's current
// resource for them), and each connected pair's link as `alicloud_router_interface_connection`
// on both ends, referring to the interface blocks of the same export.

import type { RouterInterface } from '../model/types';
import type { ExportContext } from './buildTerraformPlan';
import { identifierFrom } from './blockNames';
import { type BlockAddress, type HclExpression, reference, text } from './hclExpression';
import { type ExportedResource, importedById } from './terraformPlan';

export function exportRouterInterfaces(context: ExportContext): ExportedResource[] {
  const placed: Array<{ ri: RouterInterface; provider: string; address: BlockAddress }> = [];
  for (const region of context.regions) {
    if (!region.routerInterfaces.length) continue;
    const provider = context.providerFor(region.accountUid, region.regionId);
    if (!provider) continue;
    for (const ri of [...region.routerInterfaces].sort((a, b) => a.id.localeCompare(b.id))) {
      const name = context.names.claim('alicloud_express_connect_router_interface', identifierFrom(ri.name, ri.id));
      placed.push({ ri, provider, address: { type: 'alicloud_express_connect_router_interface', name } });
    }
  }
  const blockOf = new Map(placed.map((p) => [p.ri.id, p.address]));
  const resources: ExportedResource[] = [];
  for (const { ri, provider, address } of placed) {
    resources.push(interfaceResource(ri, provider, address));
    if (ri.opposite.interfaceId) resources.push(linkResource(context, ri, provider, blockOf));
  }
  return resources;
}

function interfaceResource(ri: RouterInterface, provider: string, address: BlockAddress): ExportedResource {
  const attributes: Array<readonly [string, HclExpression]> = [
    ['router_id', text(ri.routerId)],
    ['router_type', text(ri.routerType)],
    ['role', text(ri.role)],
    ['opposite_region_id', text(ri.opposite.regionId ?? ri.regionId)],
    ['spec', text(ri.spec)],
  ];
  if (ri.name) attributes.push(['router_interface_name', text(ri.name)]);
  if (ri.description) attributes.push(['description', text(ri.description)]);
  return importedById(ri.id, {
    address,
    provider,
    attributes,
    comments: [`router interface ${ri.name ? `${ri.name} (${ri.id})` : ri.id}, ${ri.role} of ${ri.routerType} ${ri.routerId}: ${ri.status}`],
  });
}

function linkResource(
  context: ExportContext,
  ri: RouterInterface,
  provider: string,
  blockOf: ReadonlyMap<string, BlockAddress>,
): ExportedResource {
  const oppositeId = ri.opposite.interfaceId as string;
  const own = blockOf.get(ri.id) as BlockAddress;
  const opposite = blockOf.get(oppositeId);
  const attributes: Array<readonly [string, HclExpression]> = [
    ['interface_id', reference(own, 'id')],
    ['opposite_interface_id', opposite ? reference(opposite, 'id') : text(oppositeId)],
  ];
  // The provider types the owner as a string here, unlike the peer connection's UID.
  if (ri.opposite.accountUid) attributes.push(['opposite_interface_owner_id', text(ri.opposite.accountUid)]);
  if (ri.opposite.routerId) attributes.push(['opposite_router_id', text(ri.opposite.routerId)]);
  if (ri.opposite.routerType) attributes.push(['opposite_router_type', text(ri.opposite.routerType)]);
  return importedById(ri.id, {
    address: { type: 'alicloud_router_interface_connection', name: context.names.claim('alicloud_router_interface_connection', own.name) },
    provider,
    attributes,
    comments: [`link of ${ri.name ? `${ri.name} (${ri.id})` : ri.id} to ${oppositeId}`],
  });
}
