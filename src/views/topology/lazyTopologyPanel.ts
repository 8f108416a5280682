// The topology panel's host (graph feed, layout, page HTML) is a bundle of its own
// (dist/topology-panel.js, scripts/bundles.mjs): nobody needs it until the panel first opens.
// This facade stands in for it from activation on — same methods, same behaviour — and loads it
// on the first call, once. It registers the panel serializer itself, so a panel restored after a
// window reload loads the host then. The build turns the `require` below into a `require` of
// dist/topology-panel.js; compiled by tsc (tests) it loads the module itself.

import * as vscode from 'vscode';
import type * as TopologyPanelModule from './topologyPanel';
import type { ExportFormat } from '../../webview/protocol';
import type { RelayoutResult, TopologyPanel, TopologyPanelDeps } from './topologyPanel';
import { TOPOLOGY_VIEW_TYPE } from './viewType';

/** What the rest of the extension (commands, tests) uses of the panel. */
export type TopologyPanelHost = Pick<
  TopologyPanel,
  'isOpen' | 'show' | 'reveal' | 'exportImage' | 'relayout' | 'undoRelayout' | 'resetLayout' | 'currentGraph' | 'receive'
>;

export class LazyTopologyPanel implements TopologyPanelHost, vscode.Disposable {
  private host?: TopologyPanel;
  private readonly serializer: vscode.Disposable;

  constructor(private readonly deps: TopologyPanelDeps) {
    this.serializer = vscode.window.registerWebviewPanelSerializer(TOPOLOGY_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => this.loaded().restore(panel),
    });
  }

  /** True once the host has been loaded (the panel was opened or restored). */
  get isLoaded(): boolean {
    return this.host !== undefined;
  }

  get isOpen(): boolean {
    return this.host?.isOpen ?? false;
  }

  show(): Promise<void> {
    return this.loaded().show();
  }

  reveal(resourceId: string): Promise<void> {
    return this.loaded().reveal(resourceId);
  }

  exportImage(format: ExportFormat): Promise<string> {
    return this.loaded().exportImage(format);
  }

  relayout(token?: vscode.CancellationToken): Promise<RelayoutResult> {
    return this.loaded().relayout(token);
  }

  undoRelayout(): Promise<boolean> {
    return this.loaded().undoRelayout();
  }

  resetLayout(): Promise<void> {
    return this.loaded().resetLayout();
  }

  currentGraph(): ReturnType<TopologyPanel['currentGraph']> {
    return this.loaded().currentGraph();
  }

  receive(raw: unknown): Promise<void> {
    return this.loaded().receive(raw);
  }

  dispose(): void {
    this.serializer.dispose();
    this.host?.dispose();
  }

  private loaded(): TopologyPanel {
    if (!this.host) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy bundle is required where first needed
      const module = require('./topologyPanel') as typeof TopologyPanelModule;
      this.host = new module.TopologyPanel(this.deps);
    }
    return this.host;
  }
}
