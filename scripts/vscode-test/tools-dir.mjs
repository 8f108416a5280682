// Where the project keeps tools it installs on first use (code-server, the `npm start` profile):
// outside node_modules, so `npm ci` neither pays for them nor wipes them.
import os from 'node:os';
import path from 'node:path';

export const codeServerVersion = '4.100.3';

export function toolsDir(env = process.env) {
  if (env.VPT_TOOLS_DIR) return path.resolve(env.VPT_TOOLS_DIR);
  const cacheHome = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(cacheHome, 'vpc-peering-topology');
}

export function codeServerDir(env = process.env) {
  return path.join(toolsDir(env), `code-server-${codeServerVersion}`);
}
