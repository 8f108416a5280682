// The extension under test as VS Code loaded it: its id, its manifest, and activation.
import * as vscode from 'vscode';

// `${publisher}.${name}` from package.json.
export const extensionId = 'vpc-peering-topology.vpc-peering-topology';

export interface ContributedCommand {
  command: string;
  title: string;
  category?: string;
}

export interface ContributedSetting {
  type: string | string[];
  default?: unknown;
}

export interface Manifest {
  contributes: {
    commands: ContributedCommand[];
    configuration: { properties: Record<string, ContributedSetting> };
    viewsContainers: { activitybar: { id: string; title: string }[] };
    views: Record<string, { id: string; name: string }[]>;
  };
}

export function getExtension(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(extensionId);
  if (!extension) throw new Error(`VS Code did not load ${extensionId}`);
  return extension;
}

/** The manifest VS Code read (not a copy compiled into the tests). */
export function manifest(): Manifest {
  return getExtension().packageJSON as Manifest;
}

export async function activatedExtension(): Promise<vscode.Extension<unknown>> {
  const extension = getExtension();
  await extension.activate();
  return extension;
}
