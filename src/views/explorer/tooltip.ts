// Tooltips list a resource's attributes. Cloud data goes in through appendText, which escapes
// it: a VPC named `**x**` or `<img …>` shows literally.

import * as vscode from 'vscode';
import { expiryText, timeText } from '../../model/timeText';

export type TooltipRow = [label: string, value: string | number | boolean | undefined];

/** A time row's value: local time with how long ago (or until), measured when the tooltip is made. */
export function timeRow(iso: string | undefined): string | undefined {
  return iso ? timeText(iso, Date.now()) : undefined;
}

/** An acceptance deadline's value: local time, and "expires in …" or "expired … ago". */
export function deadlineRow(iso: string | undefined): string | undefined {
  return iso ? expiryText(iso, Date.now()) : undefined;
}

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
