// "Export Topology…": the graph as PNG, SVG or a self-contained HTML file that opens offline in
// any browser. Arguments object { format: 'png' | 'svg' | 'html', path: string } skips the
// prompts it answers (the path must be absolute; an existing file is replaced). The questions go
// through the Prompter (a script answers them in tests); the save dialog starts in the folder used
// last. Resolves to the path written; the "Saved … to …" notice is not waited for.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { buildStandaloneHtml } from '../views/topology/standaloneHtml';
import { exportFolder, rememberExportFolder } from './export/exportFolder';
import { announceSaved } from './export/savedNotice';
import { ArgumentError, argumentsObject, optionalString } from './shared/arguments';
import type { CommandContext, CommandDefinition } from './shared/commandContext';
import { BACK, type Prompter, WizardCancelled } from './wizard/prompter';

type Format = 'png' | 'svg' | 'html';
const FORMATS: readonly Format[] = ['png', 'svg', 'html'];

function formatLabel(format: Format): string {
  switch (format) {
    case 'png':
      return vscode.l10n.t('PNG image');
    case 'svg':
      return vscode.l10n.t('SVG image');
    case 'html':
      return vscode.l10n.t('HTML page (works offline)');
  }
}

export const exportTopology: CommandDefinition = {
  id: 'vpcPeering.exportTopology',
  async run(context, argument): Promise<string> {
    const args = argumentsObject(argument);
    const givenFormat = optionalString(args, 'format');
    if (givenFormat !== undefined && !FORMATS.includes(givenFormat as Format)) throw new ArgumentError(vscode.l10n.t('"format" must be png, svg or html.'));
    const givenPath = optionalString(args, 'path');
    if (givenPath !== undefined && !path.isAbsolute(givenPath)) throw new ArgumentError(vscode.l10n.t('"path" must be an absolute file path.'));
    const prompter = context.prompter();
    const format = (givenFormat as Format | undefined) ?? (await pickFormat(prompter));
    const target =
      givenPath ??
      (await prompter.saveLocation({
        title: vscode.l10n.t('Export the topology'),
        defaultPath: path.join(exportFolder(context.extension.workspaceState), `topology.${format}`),
        filters: { [formatLabel(format)]: [format] },
      }));
    const bytes = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting the topology…') },
      () => render(context, format),
    );
    await vscode.workspace.fs.writeFile(vscode.Uri.file(target), bytes);
    await rememberExportFolder(context.extension.workspaceState, target);
    context.log.info(`exported the topology as ${format} to ${target}`);
    announceSaved(target, context.log);
    return target;
  },
};

async function pickFormat(prompter: Prompter): Promise<Format> {
  const items = FORMATS.map((format) => ({ label: formatLabel(format), description: `.${format}`, value: format }));
  const picked = await prompter.pick(items, { title: vscode.l10n.t('Export the topology as'), canGoBack: false });
  // The first question has no Back button; a script that answers Back ends the command.
  if (picked === BACK) throw new WizardCancelled();
  return picked;
}

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
