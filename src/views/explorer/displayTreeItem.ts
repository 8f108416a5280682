// A tree row as it may be shown: its label, description and tooltip carry cloud names and
// descriptions, so they pass through `displayText` (bidirectional controls made visible) like the
// graph and the reports do. Applied once, where the provider hands rows to VS Code.

import * as vscode from 'vscode';
import { displayText } from '../../model/displayText';

export function displayTreeItem(item: vscode.TreeItem): vscode.TreeItem {
  if (typeof item.label === 'string') item.label = displayText(item.label);
  else if (item.label) {
    const shown = displayText(item.label.label);
    // Highlight ranges count characters of the original text; they would mark the wrong ones.
    if (shown !== item.label.label) item.label = { label: shown };
  }
  if (typeof item.description === 'string') item.description = displayText(item.description);
  if (typeof item.tooltip === 'string') item.tooltip = displayText(item.tooltip);
  else if (item.tooltip instanceof vscode.MarkdownString) item.tooltip.value = displayText(item.tooltip.value);
  return item;
}
