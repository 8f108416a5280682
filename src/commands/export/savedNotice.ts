// After an export: "Saved topology.svg to <folder>", with Open and Reveal. The notice is not
// waited for, so a keybinding, task or test that runs the export gets the path at once.
//
// Open shows the file in the editor (an image preview), except an HTML page in a desktop editor on
// this machine, which opens in the browser it was made for. Reveal shows the file in the system's
// file manager where there is one (desktop, not remote); in a browser-hosted or remote editor the
// file is on another machine, so the explorer reveals it instead.

import * as path from 'node:path';
import * as vscode from 'vscode';

export function announceSaved(filePath: string, log: vscode.LogOutputChannel): void {
  const open = vscode.l10n.t('Open');
  const reveal = vscode.l10n.t('Reveal');
  const message = vscode.l10n.t('Saved {0} to {1}', path.basename(filePath), path.dirname(filePath));
  const uri = vscode.Uri.file(filePath);
  void vscode.window
    .showInformationMessage(message, open, reveal)
    .then(async (choice) => {
      if (choice === open) await openSaved(uri);
      else if (choice === reveal) await revealSaved(uri);
    })
    .then(undefined, (error: unknown) => log.warn(`could not open or reveal ${filePath}: ${error instanceof Error ? error.message : String(error)}`));
}

function onThisDesktop(): boolean {
  return vscode.env.uiKind === vscode.UIKind.Desktop && vscode.env.remoteName === undefined;
}

async function openSaved(uri: vscode.Uri): Promise<void> {
  if (uri.fsPath.endsWith('.html') && onThisDesktop()) {
    await vscode.env.openExternal(uri);
    return;
  }
  await vscode.commands.executeCommand('vscode.open', uri);
}

async function revealSaved(uri: vscode.Uri): Promise<void> {
  await vscode.commands.executeCommand(onThisDesktop() ? 'revealFileInOS' : 'revealInExplorer', uri);
}
