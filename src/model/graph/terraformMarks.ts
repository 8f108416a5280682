// Which graph elements the workspace's Terraform manages. The graph model knows nothing of files
// or editors: the host hands the build a lookup by cloud resource id, and the builders ask it for
// the ids each element draws.

import type { TerraformMark } from './elements';

/** The Terraform that manages the resource with this id (a `pcc-`, `ri-`, `bgp-` id), if any. */
export type TerraformLookup = (resourceId: string) => TerraformMark | undefined;

/** The mark of the first of `resourceIds` that Terraform manages (a link: its initiating interface first). */
export function terraformMarkOf(lookup: TerraformLookup | undefined, resourceIds: readonly string[]): TerraformMark | undefined {
  if (!lookup) return undefined;
  for (const id of resourceIds) {
    const mark = lookup(id);
    if (mark) return mark;
  }
  return undefined;
}

/** "main.tf:42 · alicloud_vpc_peer_connection.hub": how a person reads a mark. */
export function terraformMarkText(mark: TerraformMark): string {
  return `${mark.place} · ${mark.address}`;
}
