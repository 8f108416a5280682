// The Debian packages code-server's install needs (kerberos headers for a native module, and
// ripgrep, which stands in for the binary @vscode/ripgrep would download). As root on a Debian
// machine they are installed on first use, so `npm ci && npm start` works on a fresh machine;
// otherwise the install stops and says which apt-get command to run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = [
  { name: 'libkrb5-dev', present: () => existsSync('/usr/include/gssapi/gssapi.h') },
  { name: 'ripgrep', present: () => ['/usr/bin/rg', '/usr/local/bin/rg'].some((p) => existsSync(p)) || Boolean(process.env.VPT_RIPGREP_PATH) },
];

function canInstallWithApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return process.platform === 'linux' && isRoot && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

/** Installs what is missing when it can; returns the names still missing. */
export function ensureDebianPackages() {
  if (process.platform !== 'linux') return [];
  const missing = wanted.filter((p) => !p.present()).map((p) => p.name);
  if (missing.length === 0 || !canInstallWithApt()) return missing;
  console.log(`installing Debian packages for code-server: ${missing.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
  return wanted.filter((p) => !p.present()).map((p) => p.name);
}
