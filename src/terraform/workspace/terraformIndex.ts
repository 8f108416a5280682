// Which live resources Terraform owns, and where: every resource block of the workspace resolved
// to the live resource it stands for — by its state entry, an import block, or literal arguments
// (an accepter's `instance_id`, a route's table, destination and next hop, a connection's two
// VPCs) — with the file and line to open. State entries without a block still count (code that
// moved into a module, a block deleted but not yet applied).

import type { InventorySnapshot } from '../../model/types';
import { MANAGED_KIND_OF_TYPE, type TerraformManagedKind, keyOfId, routeKey } from './liveIdentity';
import type { ImportBlock, ResourceBlock, SourcePlace, StateResource, TerraformFileContent } from './terraformBlocks';
import { literalString, referencedBlock } from './terraformBlocks';

export type OwnershipSource = 'state' | 'import' | 'literal';

export interface Ownership extends SourcePlace {
  readonly address: string;
  readonly type: string;
  readonly kind: TerraformManagedKind;
  /** The live resource's key: its id, or for a route entry its table, destination and next hop. */
  readonly key?: string;
  /** How the key was found. */
  readonly via?: OwnershipSource;
  /** The block in code, when there is one (a state entry may have none). */
  readonly block?: ResourceBlock;
  readonly state?: StateResource;
}

export class TerraformIndex {
  private readonly byKey = new Map<string, Ownership>();

  private constructor(readonly owned: readonly Ownership[]) {
    for (const ownership of owned) if (ownership.key && !this.byKey.has(ownership.key)) this.byKey.set(ownership.key, ownership);
  }

  static empty(): TerraformIndex {
    return new TerraformIndex([]);
  }

  static build(files: readonly TerraformFileContent[], states: readonly StateResource[], snapshot?: InventorySnapshot): TerraformIndex {
    const blocks = files.flatMap((f) => f.resources).filter((b) => MANAGED_KIND_OF_TYPE[b.type]);
    const imports = new Map<string, ImportBlock>();
    for (const file of files) for (const block of file.imports) if (block.id) imports.set(block.to, block);
    const stateByAddress = new Map(states.map((s) => [s.address, s]));
    const resolved = new Map<string, string>();

    const idOf = (block: ResourceBlock): { id: string; via: OwnershipSource } | undefined => {
      const address = `${block.type}.${block.name}`;
      const state = stateByAddress.get(address);
      if (state) return { id: state.id, via: 'state' };
      const imported = imports.get(address);
      if (imported?.id) return { id: imported.id, via: 'import' };
      return undefined;
    };
    // Ids first, then literals, which may refer to blocks whose ids are now known.
    for (const block of blocks) {
      const found = idOf(block);
      if (found) resolved.set(`${block.type}.${block.name}`, found.id);
    }
    const owned: Ownership[] = [];
    const covered = new Set<string>();
    for (const block of blocks) {
      const address = `${block.type}.${block.name}`;
      const kind = MANAGED_KIND_OF_TYPE[block.type];
      const found = idOf(block);
      const key = found ? keyOfId(block.type, found.id) : literalKey(block, resolved, snapshot);
      covered.add(address);
      owned.push({
        address,
        type: block.type,
        kind,
        key,
        via: found?.via ?? (key ? 'literal' : undefined),
        block,
        state: stateByAddress.get(address),
        file: block.file,
        line: block.line,
      });
    }
    for (const state of states) {
      const kind = MANAGED_KIND_OF_TYPE[state.type];
      if (!kind || covered.has(state.address)) continue;
      owned.push({ address: state.address, type: state.type, kind, key: keyOfId(state.type, state.id), via: 'state', state, file: state.file, line: state.line });
    }
    return new TerraformIndex(owned);
  }

  /** Who owns the live resource with this key (`pcc-…`, or a route key), if anyone does. */
  ownerOf(key: string): Ownership | undefined {
    return this.byKey.get(key);
  }

  get isEmpty(): boolean {
    return this.owned.length === 0;
  }
}

/** A block's live key from its literal arguments, where its type allows it. */
function literalKey(block: ResourceBlock, resolved: ReadonlyMap<string, string>, snapshot?: InventorySnapshot): string | undefined {
  const value = (name: string): string | undefined => {
    const literal = literalString(block.body[name]);
    if (literal !== undefined) return literal;
    const reference = referencedBlock(block.body[name]);
    return reference?.attribute === 'id' ? resolved.get(reference.address) : undefined;
  };
  switch (block.type) {
    case 'alicloud_vpc_peer_connection_accepter':
      return value('instance_id');
    case 'alicloud_router_interface_connection':
      return value('interface_id');
    case 'alicloud_route_entry': {
      const [table, destination, type, hop] = ['route_table_id', 'destination_cidrblock', 'nexthop_type', 'nexthop_id'].map(value);
      return table && destination && type && hop ? routeKey(table, destination, type, hop) : undefined;
    }
    case 'alicloud_vpc_peer_connection': {
      // Two literal VPC ids name at most one live connection between them that is not a dead record.
      const from = value('vpc_id');
      const to = value('accepting_vpc_id');
      if (!from || !to || !snapshot) return undefined;
      for (const region of snapshot.regions) {
        const match = region.peerConnections.find(
          (c) => c.requester.vpcId === from && c.accepter.vpcId === to && !['Rejected', 'Expired', 'Deleted'].includes(c.status),
        );
        if (match) return match.id;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}
