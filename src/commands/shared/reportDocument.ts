// Read-only Markdown documents for reports (a route plan, a connectivity diagnosis): served from
// memory under the `vpc-peering-report` scheme, so they open without a file and close without a
// "save changes?" question. Instructions someone must edit or send go into untitled documents.
// Both carry cloud names and descriptions: bidirectional controls in them are made visible
// (`displayText`), as in the tree and the graph.

import * as vscode from 'vscode';
import { displayText } from '../../model/displayText';
import type { CommandContext } from './commandContext';
import { TOPOLOGY_VIEW_TYPE } from '../../views/topology/viewType';

export const REPORT_SCHEME = 'vpc-peering-report';

class ReportContent implements vscode.TextDocumentContentProvider {
  readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  set(uri: vscode.Uri, content: string): void {
    this.contents.set(uri.toString(), content);
    this.changed.fire(uri);
  }
}

let provider: ReportContent | undefined;

function contentProvider(context: CommandContext): ReportContent {
  if (!provider) {
    const created = new ReportContent();
    context.extension.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, created), {
      dispose: () => {
        if (provider === created) provider = undefined;
      },
    });
    provider = created;
  }
  return provider;
}

/**
 * Where a report opens: beside the editor, but never by splitting the topology graph's group
 * when another group is there to hold it (the graph keeps its width while the plan is read).
 */
function reportColumn(): vscode.ViewColumn {
  const groups = vscode.window.tabGroups.all;
  const showsTopology = (group: vscode.TabGroup) =>
    group.tabs.some((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(TOPOLOGY_VIEW_TYPE));
  const topology = groups.find(showsTopology);
  const other = topology && groups.find((group) => group !== topology);
  return other ? other.viewColumn : vscode.ViewColumn.Beside;
}

/**
 * Shows `markdown` read-only under a name such as `diagnosis/vpc-a--vpc-b.md`: rendered (the
 * Markdown preview) when `preview` is set, falling back to the text, else as text; either way
 * beside the editor and out of the topology graph's way (`reportColumn`).
 */
export async function showReport(context: CommandContext, name: string, markdown: string, options: { preview?: boolean } = {}): Promise<vscode.Uri> {
  const uri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${name.replace(/[^A-Za-z0-9._/-]/g, '-')}` });
  contentProvider(context).set(uri, displayText(markdown));
  const document = await vscode.workspace.openTextDocument(uri);
  const column = reportColumn();
  if (options.preview) {
    try {
      // The built-in Markdown extension's preview, opened straight into the chosen column.
      await vscode.commands.executeCommand('markdown.showPreview', uri, undefined, { resourceColumn: column, previewColumn: column, locked: false });
      return uri;
    } catch (error) {
      context.log.debug(`markdown preview unavailable: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  await vscode.window.showTextDocument(document, { preview: true, viewColumn: column, preserveFocus: true });
  return uri;
}

/** Opens an untitled Markdown document the person can edit, copy or save. */
export async function showUntitledMarkdown(markdown: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: displayText(markdown) });
  await vscode.window.showTextDocument(document, { preview: false, viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
  return document;
}
