// Notes other parts of the editor add to tree rows without the tree knowing what they are about
// (today: which Terraform block manages a resource). A note adds a word to the row's description
// and a line to its tooltip; when notes change, the rows are drawn again.

import * as vscode from 'vscode';
import type { ResourceRef } from '../../model/resourceRef';

export interface RowNote {
  /** Added to the description, after what the row says itself. */
  readonly suffix: string;
  /** Added as the tooltip's last line. */
  readonly tooltipLine: string;
}

export interface RowNotes {
  noteFor(ref: ResourceRef): RowNote | undefined;
  readonly onDidChange: vscode.Event<void>;
}

export function withNote(item: vscode.TreeItem, note: RowNote | undefined): vscode.TreeItem {
  if (!note) return item;
  const description = typeof item.description === 'string' ? item.description : '';
  item.description = description ? `${description} · ${note.suffix}` : note.suffix;
  if (item.tooltip instanceof vscode.MarkdownString) item.tooltip.appendMarkdown(`\n\n${escapeMarkdown(note.tooltipLine)}`);
  else item.tooltip = item.tooltip ? `${item.tooltip}\n${note.tooltipLine}` : note.tooltipLine;
  return item;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
