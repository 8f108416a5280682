// Router interface links (the older VPC-to-VPC and VBR-to-VPC connections). A connected pair of
// interfaces is one edge between their routers' VPCs or VBRs, drawn initiator → acceptor; an
// interface whose opposite is not in the inventory is drawn to whatever its opposite fields name.

import type { RouterInterface, RouterType } from '../types';
import type { RouterInterfaceEdge, RouterNode } from './elements';
import type { GraphAssembly } from './graphAssembly';
import type { InventoryIndex } from './inventoryIndex';
import { routerInterfaceEdgeId, routerNodeId, vbrNodeId, vpcNodeId } from './ids';
import { type TerraformLookup, terraformMarkOf } from './terraformMarks';

const WORRYING_STATUSES = new Set(['Inactive', 'Deactivating']);

export function addRouterInterfaceEdges(graph: GraphAssembly, index: InventoryIndex, terraformOf?: TerraformLookup): void {
  const interfaces = [...index.routerInterfaces.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const ri of interfaces) {
    const opposite = ri.opposite.interfaceId ? index.routerInterfaces.get(ri.opposite.interfaceId) : undefined;
    // A pair is drawn once, from whichever of its interfaces sorts first.
    if (opposite && opposite.id < ri.id) continue;
    const id = routerInterfaceEdgeId(ri.id, ri.opposite.interfaceId);
    const here = routerEnd(graph, index, {
      routerId: ri.routerId,
      routerType: ri.routerType,
      vpcId: ri.vpcId,
      regionId: ri.regionId,
      accountUid: ri.accountUid,
    });
    const there = opposite
      ? routerEnd(graph, index, opposite)
      : ri.opposite.routerId || ri.opposite.vpcId
        ? routerEnd(graph, index, {
            routerId: ri.opposite.routerId ?? '',
            routerType: ri.opposite.routerType,
            vpcId: ri.opposite.vpcId,
            regionId: ri.opposite.regionId ?? ri.regionId,
            accountUid: ri.opposite.accountUid ?? ri.accountUid,
          })
        : undefined;
    if (!there) continue;
    const initiator = ri.role === 'InitiatingSide' || !opposite ? ri : opposite;
    const acceptor = initiator === ri ? opposite : ri;
    const hereIsInitiator = ri.role === 'InitiatingSide';
    const edge = routerInterfaceEdge(id, hereIsInitiator ? here : there, hereIsInitiator ? there : here, initiator, acceptor, ri);
    const terraform = terraformMarkOf(terraformOf, edge.interfaceIds);
    if (terraform) edge.terraform = terraform;
    graph.addEdge(edge);
  }
}

interface RouterRef {
  routerId: string;
  routerType?: RouterType;
  vpcId?: string;
  regionId: string;
  accountUid: string;
}

/** The node a router stands for: its VPC or VBR when known, else a node for the bare router. */
function routerEnd(graph: GraphAssembly, index: InventoryIndex, ref: RouterRef): string {
  if (ref.routerType === 'VBR') {
    if (index.vbrs.has(ref.routerId)) return vbrNodeId(ref.routerId);
  } else {
    const vpc = (ref.vpcId ? index.vpcs.get(ref.vpcId) : undefined) ?? index.vpcByRouterId.get(ref.routerId);
    if (vpc) return vpcNodeId(vpc.id);
    if (ref.vpcId) return graph.vpcEnd({ vpcId: ref.vpcId, accountUid: ref.accountUid, regionId: ref.regionId }, []);
  }
  const id = routerNodeId(ref.routerId);
  if (!graph.hasNode(id)) {
    const node: RouterNode = {
      id,
      kind: 'router',
      parent: graph.accountGroup(ref.regionId, ref.accountUid),
      regionId: ref.regionId,
      routerId: ref.routerId,
      routerType: ref.routerType,
      accountUid: ref.accountUid,
      label: `${ref.routerType ?? 'router'}\n${ref.routerId}`,
    };
    graph.addNode(node);
  }
  return id;
}

function routerInterfaceEdge(
  id: string,
  source: string,
  target: string,
  initiator: RouterInterface,
  acceptor: RouterInterface | undefined,
  seen: RouterInterface,
): RouterInterfaceEdge {
  const status = initiator.status;
  const oppositeStatus = acceptor?.status ?? seen.opposite.status;
  const warnings: string[] = [];
  for (const s of [status, oppositeStatus]) {
    if (s && WORRYING_STATUSES.has(s)) warnings.push(`A router interface of this link is ${s}.`);
  }
  for (const ri of [initiator, acceptor]) {
    if (ri && ri.businessStatus && ri.businessStatus !== 'Normal') warnings.push(`Router interface ${ri.id} is ${ri.businessStatus}.`);
  }
  const oppositeRegion = acceptor?.regionId ?? seen.opposite.regionId ?? seen.regionId;
  return {
    id,
    kind: 'routerInterface',
    source,
    target,
    interfaceIds: [initiator.id, ...(acceptor && acceptor !== initiator ? [acceptor.id] : [])],
    paired: acceptor !== undefined,
    name: initiator.name || acceptor?.name || '',
    status,
    oppositeStatus,
    spec: initiator.spec,
    bandwidthMbps: initiator.bandwidthMbps,
    scope: oppositeRegion === initiator.regionId ? 'intraRegion' : 'interRegion',
    regionId: initiator.regionId,
    accountUid: initiator.accountUid,
    attention: warnings.length > 0,
    warnings,
    label: `RI ${status}${initiator.spec ? ` · ${initiator.spec}` : ''}`,
  };
}
