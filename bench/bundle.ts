// Bundle sizes as shipped (`npm run bench` builds in production mode first): every bundle of
// scripts/bundles.mjs, and the extension-host side together (what the extension can ever load
// into the editor's process; the page and its worker run in the webview, the CLI apart).

import { statSync } from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');

/** Every bundle of scripts/bundles.mjs → its key; `extensionSide` ones run in the extension host. */
const BUNDLES: { file: string; key: string; extensionSide: boolean }[] = [
  { file: 'dist/extension.js', key: 'bundle.extensionBytes', extensionSide: true },
  { file: 'dist/cloud.js', key: 'bundle.cloudBytes', extensionSide: true },
  { file: 'dist/emulator.js', key: 'bundle.sandboxEmulatorBytes', extensionSide: true },
  { file: 'dist/topology-panel.js', key: 'bundle.topologyPanelBytes', extensionSide: true },
  { file: 'dist/terraform-export.js', key: 'bundle.terraformExportBytes', extensionSide: true },
  { file: 'dist/hcl2json/lib/index.js', key: 'bundle.hcl2jsonBytes', extensionSide: true },
  { file: 'dist/webview/topology.js', key: 'bundle.webviewBytes', extensionSide: false },
  { file: 'dist/webview/relayout-worker.js', key: 'bundle.relayoutWorkerBytes', extensionSide: false },
  // The standalone emulator command line (key kept from before the sandbox had its own bundle).
  { file: 'dist/emulator-cli.js', key: 'bundle.emulatorBytes', extensionSide: false },
];

export async function run(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  let extensionSide = 0;
  for (const bundle of BUNDLES) {
    const bytes = statSync(path.join(root, bundle.file)).size;
    figures[bundle.key] = bytes;
    if (bundle.extensionSide) extensionSide += bytes;
  }
  figures['bundle.extensionSideBytes'] = extensionSide;
  return figures;
}
