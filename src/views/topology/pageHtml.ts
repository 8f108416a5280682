// The topology page's HTML, produced by the panel host. The markup is static (the page builds its
// own controls); the strict CSP allows the page's own script (by nonce), its own stylesheet and
// fonts (by the webview resource origin) and data: images (PNG export), nothing else: no inline
// script, no inline style, no eval, no remote resource. With a re-layout worker, the page may also
// fetch its own files and start a worker from a blob: URL (see webview/relayout/relayoutRunner).

import { AUTOMATION_META_NAME, PAGE_MARKER_ID, WORKER_META_NAME } from '../../webview/pageDocument';

export interface TopologyPageResources {
  /** `webview.cspSource`: the origin the webview serves extension resources from. */
  cspSource: string;
  /** A fresh random value per page load; letters, digits, `+`, `/`, `=`, `-`, `_` only. */
  nonce: string;
  /** `webview.asWebviewUri(…/dist/webview/topology.js)`. */
  scriptUri: string;
  /** `webview.asWebviewUri(…/media/topology.css)`. */
  styleUri: string;
  /** `webview.asWebviewUri(…/dist/webview/relayout-worker.js)`; without it re-layout runs on the page. */
  workerUri?: string;
  title?: string;
  /** Browser tests and the benchmark only: let them reach the page (webview/automationHandle). */
  automation?: boolean;
}

export function contentSecurityPolicy(cspSource: string, nonce: string, options: { worker?: boolean } = {}): string {
  return [
    `default-src 'none'`,
    `img-src ${cspSource} data:`,
    `style-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
    ...(options.worker ? [`connect-src ${cspSource}`, `worker-src blob:`] : []),
  ].join('; ') + ';';
}

export function topologyPageHtml(resources: TopologyPageResources): string {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(resources.nonce)) throw new Error('The nonce must be at least 16 base64 characters.');
  // VS Code's cspSource is a list of sources such as `'self' https://*.vscode-cdn.net`.
  const sources = resources.cspSource.trim().split(/ +/);
  if (!sources.every((source) => source === "'self'" || /^[A-Za-z][A-Za-z0-9+.-]*:[^\s;'"<>]*$/.test(source))) {
    throw new Error(`Unexpected CSP source: ${resources.cspSource}`);
  }
  const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const title = resources.title ?? 'VPC Peering Topology';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(resources.cspSource, resources.nonce, { worker: resources.workerUri !== undefined }))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta id="${PAGE_MARKER_ID}" name="topology-page" content="vscode">
${resources.workerUri !== undefined ? `<meta name="${WORKER_META_NAME}" content="${attr(resources.workerUri)}">\n` : ''}${resources.automation ? `<meta name="${AUTOMATION_META_NAME}" content="on">\n` : ''}<link rel="stylesheet" href="${attr(resources.styleUri)}">
<title>${attr(title)}</title>
</head>
<body>
<script nonce="${attr(resources.nonce)}" src="${attr(resources.scriptUri)}"></script>
</body>
</html>
`;
}
