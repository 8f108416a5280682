// The exported topology: one HTML file that opens from disk in any browser with no network. The
// page bundle and its stylesheet are inlined; the graph travels as JSON in a
// `<script type="application/json">` element (never executed, read with `textContent`); a CSP
// allows exactly the inlined script and stylesheet by hash and nothing else. The toolbar is
// read-only: the file has no way to act on the cloud.
//
// The host calls this with the text of the built bundle (dist/webview/topology.js) and of
// media/topology.css.

import { createHash } from 'node:crypto';
import type { GraphFilters, Positions, TopologyGraph } from '../../model/graph';
import { AUTOMATION_META_NAME, EMBEDDED_DATA_ID, PAGE_MARKER_ID } from '../../webview/pageDocument';
import type { HostMessage, ThemeKind } from '../../webview/protocol';

export interface StandaloneExport {
  /** The built page bundle's text. */
  scriptText: string;
  /** The page stylesheet's text. */
  styleText: string;
  graph: TopologyGraph;
  positions: Positions;
  theme: ThemeKind;
  filters?: GraphFilters;
  title?: string;
  /** Shown under the title, e.g. when and from which profiles the graph was taken. */
  generatedAt?: string;
  /** Browser tests only: let them reach the page (webview/automationHandle). */
  automation?: boolean;
}

const BODY_CLASS: Record<ThemeKind, string> = {
  light: 'vscode-light',
  dark: 'vscode-dark',
  highContrast: 'vscode-high-contrast',
  highContrastLight: 'vscode-high-contrast-light',
};

/** The CSP source that allows exactly this inline script or style: `'sha256-<base64>'`. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** JSON that cannot end the script element it sits in, nor start a comment or CDATA in it. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Inline script text that cannot close its element early (`</script` only occurs in strings). */
export function inlineScriptText(script: string): string {
  return script.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\u0021--');
}

export function inlineStyleText(style: string): string {
  return style.replace(/<\/(style)/gi, '<\\/$1');
}

export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

export function buildStandaloneHtml(input: StandaloneExport): string {
  const script = inlineScriptText(input.scriptText);
  const style = inlineStyleText(input.styleText);
  const init: HostMessage = {
    type: 'init',
    graph: input.graph,
    positions: input.positions,
    theme: input.theme,
    ...(input.filters ? { filters: input.filters } : {}),
    options: { readOnly: true },
  };
  const csp = [`default-src 'none'`, `img-src data:`, `style-src ${cspHash(style)}`, `script-src ${cspHash(script)}`].join('; ');
  const title = input.title ?? 'VPC peering topology';
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta id="${PAGE_MARKER_ID}" name="topology-page" content="exported">`,
    `<title>${escapeHtmlText(title)}</title>`,
    input.generatedAt ? `<meta name="generated" content="${escapeHtmlText(input.generatedAt)}">` : '',
    input.automation ? `<meta name="${AUTOMATION_META_NAME}" content="on">` : '',
    `<style>${style}</style>`,
    '</head>',
    `<body class="${BODY_CLASS[input.theme]}">`,
    `<script type="application/json" id="${EMBEDDED_DATA_ID}">${scriptSafeJson(init)}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
  ]
    .filter(Boolean)
    .join('\n');
}
