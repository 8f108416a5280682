// The Terraform of the open workspace folders: every `*.tf` and `*.tf.json` (each parsed on its
// own, so blocks keep their file and line) and local state files, indexed against the live
// inventory to say which resources code owns. Nothing is read until something first asks, so
// activation never pays for it; files are followed with a watcher, re-read after a short pause.

import * as vscode from 'vscode';
import type { TopologyStore } from '../../inventory/store';
import type { ResourceKind, ResourceRef } from '../../model/resourceRef';
import { routeEntryKeys } from '../../terraform/workspace/liveIdentity';
import { parseTerraformFile } from '../../terraform/workspace/parseTerraformFile';
import { readTerraformState } from '../../terraform/workspace/readTerraformState';
import type { StateResource, TerraformFileContent } from '../../terraform/workspace/terraformBlocks';
import { type Ownership, TerraformIndex } from '../../terraform/workspace/terraformIndex';
import type { RowNote, RowNotes } from '../explorer/rowNotes';

const CONFIG_GLOB = '**/*.{tf,tf.json}';
const STATE_GLOB = '**/{terraform.tfstate,terraform.*.tfstate}';
const EXCLUDE_GLOB = '**/{.terraform,node_modules,.git}/**';
const SETTLE_MS = 400;
/** The kinds of resource a Terraform block of the alicloud provider can manage. */
const MANAGEABLE: ReadonlySet<ResourceKind> = new Set(['peerConnection', 'routeEntry', 'routerInterface', 'bgpGroup', 'bgpPeer']);

export class TerraformWorkspace implements RowNotes, vscode.Disposable {
  private index = TerraformIndex.empty();
  private readonly configs = new Map<string, TerraformFileContent>();
  private readonly states = new Map<string, StateResource[]>();
  /** Files that could not be read, with why: shown in the drift report. */
  readonly problems = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private started: Promise<void> | undefined;
  private pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: TopologyStore,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** Who owns the live resource with this id (a route entry: give its id; its keys are looked up). */
  ownerOf(resourceId: string): Ownership | undefined {
    void this.start();
    return this.index.ownerOf(resourceId) ?? this.routeOwner(resourceId);
  }

  /** The tree's note on a managed resource: "Terraform", and where in the tooltip. */
  noteFor(ref: ResourceRef): RowNote | undefined {
    if (!MANAGEABLE.has(ref.kind)) return undefined;
    const owner = this.ownerOf(ref.id);
    return owner && { suffix: 'Terraform', tooltipLine: vscode.l10n.t('Terraform: {0}', ownershipText(owner)) };
  }

  /** How many configuration and state files are read. */
  get filesRead(): number {
    return this.configs.size + this.states.size;
  }

  /** The index once every file has been read (commands wait for it; the tree does not). */
  async ready(): Promise<TerraformIndex> {
    await this.start();
    return this.index;
  }

  /**
   * Every file read again now: for what a person explicitly asks (drift, go to), which must not
   * depend on a file watcher having reported the last save yet.
   */
  async rescan(): Promise<TerraformIndex> {
    await this.start();
    clearTimeout(this.timer);
    this.pending = new Set();
    this.problems.clear();
    for (const file of [...this.configs.keys(), ...this.states.keys()]) {
      this.configs.delete(file);
      this.states.delete(file);
    }
    await this.readAll();
    return this.index;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const disposable of this.disposables) disposable.dispose();
  }

  private start(): Promise<void> {
    this.started ??= this.readAll().then(() => this.watch());
    return this.started;
  }

  private async readAll(): Promise<void> {
    const [configs, states] = await Promise.all([
      vscode.workspace.findFiles(CONFIG_GLOB, EXCLUDE_GLOB),
      vscode.workspace.findFiles(STATE_GLOB, EXCLUDE_GLOB),
    ]);
    await Promise.all([...configs, ...states].map((uri) => this.read(uri)));
    this.rebuild();
    if (configs.length || states.length) this.log.info(`Terraform: read ${configs.length} configuration file(s) and ${states.length} state file(s)`);
  }

  private watch(): void {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{tf,tf.json,tfstate}');
    const queue = (uri: vscode.Uri) => {
      if (/[\\/](\.terraform|node_modules|\.git)[\\/]/.test(uri.fsPath)) return;
      this.pending.add(uri.toString());
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.readPending(), SETTLE_MS);
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(queue),
      watcher.onDidChange(queue),
      watcher.onDidDelete(queue),
      // A block matched by its literal VPC ids depends on what is live.
      this.store.onDidChange(() => {
        if (this.configs.size === 0) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.readPending(), SETTLE_MS);
      }),
    );
  }

  private async readPending(): Promise<void> {
    const uris = [...this.pending].map((text) => vscode.Uri.parse(text));
    this.pending = new Set();
    await Promise.all(uris.map((uri) => this.read(uri)));
    this.rebuild();
  }

  private async read(uri: vscode.Uri): Promise<void> {
    const file = uri.fsPath;
    this.configs.delete(file);
    this.states.delete(file);
    this.problems.delete(file);
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return; // deleted: forgetting it was the point
    }
    try {
      if (/\.tfstate$/.test(file)) this.states.set(file, readTerraformState(file, text));
      else this.configs.set(file, await parseTerraformFile(file, text));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.problems.set(file, reason);
      this.log.warn(`Terraform: ${reason}`);
    }
  }

  private rebuild(): void {
    const index = TerraformIndex.build([...this.configs.values()], [...this.states.values()].flat(), this.store.snapshot());
    const signature = (i: TerraformIndex) => i.owned.map((o) => `${o.key}@${o.file}:${o.line}:${o.address}`).join('\n');
    const same = signature(index) === signature(this.index);
    this.index = index;
    if (!same) this.changed.fire();
  }

  private routeOwner(routeEntryId: string): Ownership | undefined {
    if (this.index.isEmpty) return undefined;
    for (const region of this.store.snapshot().regions) {
      const entry = region.routeEntries?.find((e) => e.id === routeEntryId);
      if (entry) return routeEntryKeys(entry).map((key) => this.index.ownerOf(key)).find(Boolean);
    }
    return undefined;
  }
}

/** "main.tf:42 · alicloud_vpc_peer_connection.hub_to_app", relative to its workspace folder. */
export function ownershipText(ownership: Ownership): string {
  return `${vscode.workspace.asRelativePath(ownership.file)}:${ownership.line} · ${ownership.address}`;
}
