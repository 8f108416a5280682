// Tooltips list a resource's attributes. Cloud data goes in through appendText, which escapes
// it: a VPC named `**x**` or `<img …>` shows literally.

import * as vscode from 'vscode';

export type TooltipRow = [label: string, value: string | number | boolean | undefined];

export function attributeTooltip(title: string, rows: readonly TooltipRow[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown('**');
  md.appendText(title);
  md.appendMarkdown('**\n\n');
  for (const [label, value] of rows) {
    if (value === undefined || value === '') continue;
    md.appendMarkdown('$(dash) ');
    md.appendText(`${label}: ${String(value)}`);
    md.appendMarkdown('  \n');
  }
  return md;
}
