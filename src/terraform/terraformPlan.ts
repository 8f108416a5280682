// What an export holds, independent of the syntax it is written in: provider configurations
// (one per account and region in use), resources with their attributes in the provider's schema
// order, and the import id of each live resource.

import type { BlockAddress, HclExpression } from './hclExpression';

export interface ProviderConfiguration {
  /** The `alias` meta-argument, also the CDK construct id. */
  readonly alias: string;
  readonly accountUid: string;
  readonly regionId: string;
  /** Arguments in the order they are written (`alias` comes first and is not repeated here). */
  readonly attributes: ReadonlyArray<readonly [string, HclExpression]>;
  /** Nested `endpoints { … }` for a provider that talks to another endpoint (the sandbox). */
  readonly endpoints?: ReadonlyArray<readonly [string, HclExpression]>;
  /** Lines said above the block: which profile, where the credentials come from. */
  readonly comments: readonly string[];
}

export interface ExportedResource {
  readonly address: BlockAddress;
  /** Alias of the provider configuration the resource is managed through. */
  readonly provider: string;
  readonly attributes: ReadonlyArray<readonly [string, HclExpression]>;
  /** The id `terraform import` and import blocks take for this resource. */
  readonly importId: string;
  /** The live resource's own id, for reading the export back against the inventory. */
  readonly liveId: string;
  /** Lines said above the block: names of the resources its literal ids stand for. */
  readonly comments: readonly string[];
}

export interface TerraformPlan {
  readonly providers: readonly ProviderConfiguration[];
  readonly resources: readonly ExportedResource[];
  readonly importBlocks: boolean;
  /** Lines said at the top: what the export holds and what it left out, and why. */
  readonly header: readonly string[];
}

/** A resource whose import id is its live id (everything but route entries). */
export function importedById(id: string, resource: Omit<ExportedResource, 'importId' | 'liveId'>): ExportedResource {
  return { ...resource, importId: id, liveId: id };
}
