// Reads what the extension wrote to its log output channel. VS Code keeps each log channel of an
// extension in `<user data>/logs/<session>/…/<extension id>/<channel name>.log`; the runner
// names the user data dir in VPT_USER_DATA_DIR.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extensionId } from './extension';

export const outputChannelName = 'VPC Peering';

/** The channel's log file, if VS Code has created it yet. */
export function findOutputChannelLog(): string | undefined {
  const userDataDir = process.env.VPT_USER_DATA_DIR;
  if (!userDataDir) throw new Error('VPT_USER_DATA_DIR is not set: run the suite through scripts/vscode-test/run.mjs');
  const logsDir = path.join(userDataDir, 'logs');
  if (!fs.existsSync(logsDir)) return undefined;
  const wanted = path.join(extensionId, `${outputChannelName}.log`);
  const match = fs
    .readdirSync(logsDir, { recursive: true, encoding: 'utf8' })
    .find((file) => file.endsWith(wanted));
  return match === undefined ? undefined : path.join(logsDir, match);
}

/** The channel's lines so far (VS Code writes them a moment after the extension logs them). */
export function readOutputChannelLines(): string[] {
  const file = findOutputChannelLog();
  return file === undefined ? [] : fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
}
