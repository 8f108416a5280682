// Toolbar search: by name, by resource id or by address. A query that reads as an address or a
// CIDR block finds every VPC (and connection) whose blocks share addresses with it, so
// `10.1.2.3` finds the VPC that holds that host and `10.0.0.0/8` every VPC inside that range.

import { overlaps, tryParseCidr, type Cidr } from '../cidr';
import type { GraphEdge, GraphNode, TopologyGraph } from './elements';

const TEXT_FIELDS = [
  'label',
  'name',
  'vpcId',
  'vbrId',
  'routerId',
  'connectionId',
  'bgpPeerId',
  'accountUid',
  'accountName',
  'peerIpAddress',
  'description',
] as const;

/** Ids of the matching nodes and edges, nodes first, each in graph order. Empty for a blank query. */
export function searchGraph(graph: TopologyGraph, query: string): string[] {
  const text = query.trim();
  if (!text) return [];
  const block = looksLikeAddress(text) ? tryParseCidr(text) : undefined;
  const matches = block ? (element: GraphNode | GraphEdge) => cidrsOf(element).some((c) => overlapsText(c, block)) : textMatcher(text);
  return [...graph.nodes.filter(matches), ...graph.edges.filter(matches)].map((element) => element.id);
}

function looksLikeAddress(text: string): boolean {
  return /^[0-9a-f:.]+(\/\d{1,3})?$/i.test(text) && /[.:]/.test(text);
}

function textMatcher(text: string): (element: GraphNode | GraphEdge) => boolean {
  const needle = text.toLowerCase();
  return (element) => {
    const record = element as unknown as Record<string, unknown>;
    if (TEXT_FIELDS.some((field) => typeof record[field] === 'string' && (record[field] as string).toLowerCase().includes(needle))) return true;
    return cidrsOf(element).some((cidr) => cidr.toLowerCase().includes(needle));
  };
}

function cidrsOf(element: GraphNode | GraphEdge): string[] {
  switch (element.kind) {
    case 'vpc':
      return [element.cidrBlock, ...element.secondaryCidrs, ...element.ipv6Cidrs];
    case 'externalVpc':
      return element.cidrs;
    case 'bgpNeighbor':
      return [element.peerIpAddress];
    case 'peer':
      return [...element.requester.cidrs, ...element.accepter.cidrs];
    default:
      return [];
  }
}

function overlapsText(cidrText: string, block: Cidr): boolean {
  const cidr = tryParseCidr(cidrText);
  return cidr !== undefined && overlaps(cidr, block);
}
