// Collects the elements of one graph while it is built: each element once by id, and the region
// and account boxes created the first time something needs to sit in them.

import type { InventoryIndex } from './inventoryIndex';
import { compareIds } from './inventoryIndex';
import type { AccountNode, ExternalVpcNode, GraphEdge, GraphNode, RegionNode, TopologyGraph } from './elements';
import { accountNodeId, regionNodeId, vpcNodeId } from './ids';
import { capabilitiesOf } from '../capabilities';
import { regionOfKey } from './providerRegions';

const GROUP_ORDER: Record<string, number> = { region: 0, account: 1 };

export class GraphAssembly {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();

  constructor(private readonly index: InventoryIndex) {}

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  addNode(node: GraphNode): void {
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
  }

  addEdge(edge: GraphEdge): void {
    if (!this.edges.has(edge.id)) this.edges.set(edge.id, edge);
  }

  node(id: string): GraphNode | undefined {
    return this.nodes.get(id);
  }

  edge(id: string): GraphEdge | undefined {
    return this.edges.get(id);
  }

  /** A patch puts a rebuilt edge in place of the old one, or takes it out (`undefined`). */
  replaceEdge(id: string, edge: GraphEdge | undefined): void {
    if (edge) this.edges.set(id, edge);
    else this.edges.delete(id);
  }

  /** The box of one account in one region (and the region box), created on first use. */
  accountGroup(regionId: string, accountUid: string): string {
    const regionId_ = regionNodeId(regionId);
    if (!this.nodes.has(regionId_)) {
      // Named as the tree names it: "China (Hangzhou) · cn-hangzhou"; another cloud's region says
      // whose it is: "Huawei Cloud · CN-Hong Kong · ap-southeast-1".
      const name = this.index.regionNames.get(regionId);
      const { regionId: realId, provider } = regionOfKey(regionId);
      const title = name ? `${name} · ${realId}` : realId;
      const region: RegionNode = { id: regionId_, kind: 'region', label: provider === 'alibaba' ? title : `${capabilitiesOf(provider).displayName} · ${title}`, regionId };
      this.nodes.set(regionId_, region);
    }
    const id = accountNodeId(regionId, accountUid);
    if (!this.nodes.has(id)) {
      const profile = this.index.activeAccounts.get(accountUid);
      const account: AccountNode = {
        id,
        kind: 'account',
        parent: regionId_,
        regionId,
        accountUid,
        accountName: profile?.name,
        profileId: profile?.profileId,
        active: profile !== undefined,
        label: profile ? `${profile.name} · ${accountUid}` : `external account · ${accountUid}`,
      };
      this.nodes.set(id, account);
    }
    return id;
  }

  /**
   * The node for a connection's far end: the loaded VPC when there is one, else a node built from
   * what the connection itself says about that end.
   */
  vpcEnd(end: { vpcId: string; accountUid: string; regionId: string }, cidrs: string[]): string {
    const id = vpcNodeId(end.vpcId);
    if (this.nodes.has(id) || this.index.vpcs.has(end.vpcId)) return id;
    const reason = this.index.activeAccounts.has(end.accountUid) ? 'notLoaded' : 'noProfile';
    const node: ExternalVpcNode = {
      id,
      kind: 'externalVpc',
      parent: this.accountGroup(end.regionId, end.accountUid),
      regionId: end.regionId,
      vpcId: end.vpcId,
      accountUid: end.accountUid,
      cidrs,
      reason,
      // The account is named on the box around it; the node says why it has no details.
      label: [end.vpcId, reason === 'noProfile' ? 'no profile' : 'not loaded', cidrs[0] ?? ''].filter(Boolean).join('\n'),
    };
    this.nodes.set(id, node);
    return id;
  }

  toGraph(): TopologyGraph {
    const nodes = [...this.nodes.values()].sort(
      (a, b) => (GROUP_ORDER[a.kind] ?? 2) - (GROUP_ORDER[b.kind] ?? 2) || compareIds(a.id, b.id),
    );
    const edges = [...this.edges.values()].sort((a, b) => compareIds(a.id, b.id));
    return { nodes, edges };
  }
}
