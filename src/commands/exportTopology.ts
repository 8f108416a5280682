// "Export Topology…": the graph as PNG, SVG or a self-contained HTML file that opens offline in
// any browser. Arguments object { format: 'png' | 'svg' | 'html', path: string } skips the
// prompts (the path must be absolute; an existing file is replaced).

import * as path from 'node:path';
import * as vscode from 'vscode';
import { buildStandaloneHtml } from '../views/topology/standaloneHtml';
import { ArgumentError, argumentsObject, optionalString } from './shared/arguments';
import type { CommandContext, CommandDefinition } from './shared/commandContext';

type Format = 'png' | 'svg' | 'html';
const FORMATS: Record<Format, { label: string; extension: string }> = {
  png: { label: 'PNG image', extension: 'png' },
  svg: { label: 'SVG image', extension: 'svg' },
  html: { label: 'HTML page (works offline)', extension: 'html' },
};

export const exportTopology: CommandDefinition = {
  id: 'vpcPeering.exportTopology',
  async run(context, argument): Promise<string | undefined> {
    const args = argumentsObject(argument);
    let format = optionalString(args, 'format') as Format | undefined;
    if (format !== undefined && !(format in FORMATS)) throw new ArgumentError(vscode.l10n.t('"format" must be png, svg or html.'));
    if (!format) {
      const picked = await vscode.window.showQuickPick(
        (Object.keys(FORMATS) as Format[]).map((f) => ({ label: FORMATS[f].label, description: `.${FORMATS[f].extension}`, format: f })),
        { title: vscode.l10n.t('Export the topology as'), ignoreFocusOut: true },
      );
      if (!picked) return undefined;
      format = picked.format;
    }
    let target = optionalString(args, 'path');
    if (target !== undefined && !path.isAbsolute(target)) throw new ArgumentError(vscode.l10n.t('"path" must be an absolute file path.'));
    if (!target) {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const uri = await vscode.window.showSaveDialog({
        title: vscode.l10n.t('Export the topology'),
        defaultUri: folder ? vscode.Uri.joinPath(folder, `vpc-peering-topology.${FORMATS[format].extension}`) : undefined,
        filters: { [FORMATS[format].label]: [FORMATS[format].extension] },
      });
      if (!uri) return undefined;
      target = uri.fsPath;
    }
    const bytes = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting the topology…') },
      () => render(context, format!),
    );
    await vscode.workspace.fs.writeFile(vscode.Uri.file(target), bytes);
    context.log.info(`exported the topology as ${format} to ${target}`);
    return target;
  },
};

async function render(context: CommandContext, format: Format): Promise<Uint8Array> {
  if (format === 'html') {
    const root = context.extension.extensionUri;
    const [script, style] = await Promise.all([
      vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, 'dist', 'webview', 'topology.js')),
      vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, 'media', 'topology.css')),
    ]);
    const { graph, positions } = context.topology.currentGraph();
    const html = buildStandaloneHtml({
      scriptText: new TextDecoder().decode(script),
      styleText: new TextDecoder().decode(style),
      graph: graph!,
      positions,
      theme: vscode.window.activeColorTheme.kind === vscode.ColorThemeKind.Light ? 'light' : 'dark',
      generatedAt: new Date().toISOString(),
    });
    return new TextEncoder().encode(html);
  }
  const data = await context.topology.exportImage(format);
  if (format === 'png') {
    const match = /^data:image\/png;base64,(.*)$/s.exec(data);
    if (!match) throw new Error(vscode.l10n.t('The page did not return a PNG image.'));
    return Buffer.from(match[1], 'base64');
  }
  return new TextEncoder().encode(data);
}
