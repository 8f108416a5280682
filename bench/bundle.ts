// Bundle sizes: what the extension, the topology page, its re-layout worker and the emulator weigh as shipped
// (`npm run bench` builds in production mode first).

import { statSync } from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');

export async function run(): Promise<Record<string, number>> {
  return {
    'bundle.extensionBytes': statSync(path.join(root, 'dist', 'extension.js')).size,
    'bundle.webviewBytes': statSync(path.join(root, 'dist', 'webview', 'topology.js')).size,
    'bundle.relayoutWorkerBytes': statSync(path.join(root, 'dist', 'webview', 'relayout-worker.js')).size,
    'bundle.emulatorBytes': statSync(path.join(root, 'dist', 'emulator-cli.js')).size,
  };
}
