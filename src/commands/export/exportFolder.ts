// The folder an export is offered in: the one used last in this workspace, else the first
// workspace folder, else the home folder (a window with no folder open still has somewhere sensible).

import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';

const LAST_FOLDER_KEY = 'vpcPeering.export.lastFolder';

export function exportFolder(workspaceState: vscode.Memento): string {
  return workspaceState.get<string>(LAST_FOLDER_KEY) ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? os.homedir();
}

/** Keeps the folder of `filePath` for the next export from this workspace. */
export function rememberExportFolder(workspaceState: vscode.Memento, filePath: string): Thenable<void> {
  return workspaceState.update(LAST_FOLDER_KEY, path.dirname(filePath));
}
