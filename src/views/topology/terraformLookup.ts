// The graph's view of the workspace's Terraform: a lookup by resource id for the graph build, and
// an event when what it answers may have changed. Answers are kept until the Terraform index
// changes, so a graph rebuilt on every store poll asks the index once per resource, not per poll.

import * as vscode from 'vscode';
import type { TerraformLookup, TerraformMark } from '../../model/graph';
import type { Ownership } from '../../terraform/workspace/terraformIndex';

/** What the graph needs of `TerraformWorkspace`. */
export interface TerraformOwners {
  ownerOf(resourceId: string): Ownership | undefined;
  readonly onDidChange: vscode.Event<void>;
}

export class TerraformMarks implements vscode.Disposable {
  private readonly known = new Map<string, TerraformMark | undefined>();
  private readonly subscription: vscode.Disposable;
  readonly lookup: TerraformLookup = (resourceId) => {
    if (this.known.has(resourceId)) return this.known.get(resourceId);
    const owner = this.owners.ownerOf(resourceId);
    const mark = owner ? { address: owner.address, place: `${vscode.workspace.asRelativePath(owner.file)}:${owner.line}` } : undefined;
    this.known.set(resourceId, mark);
    return mark;
  };

  /** `onChange` runs after the answers are forgotten, so a rebuild then sees the new ownership. */
  constructor(
    private readonly owners: TerraformOwners,
    onChange: () => void,
  ) {
    this.subscription = owners.onDidChange(() => {
      this.known.clear();
      onChange();
    });
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
