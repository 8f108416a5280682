// code-server depends on @vscode/ripgrep, whose postinstall downloads `rg` from GitHub unless
// its cache already holds the archive. Offline machines have Debian's ripgrep instead, so the
// archive is made from that binary before npm runs.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ripgrepPackageVersion = '1.15.11';
const ripgrepBuild = 'v13.0.0-10';

// The target names @vscode/ripgrep asks for on Linux.
const linuxTargets = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' };

export function findSystemRipgrep() {
  const candidates = [process.env.VPT_RIPGREP_PATH, '/usr/bin/rg', '/usr/local/bin/rg'];
  return candidates.find((candidate) => candidate && existsSync(candidate));
}

/** Makes sure the cached archive exists; returns its path, or undefined where the trick does not apply. */
export function seedRipgrepCache(tmpDir = os.tmpdir()) {
  const target = process.platform === 'linux' ? linuxTargets[process.arch] : undefined;
  if (!target) return undefined;
  const archive = path.join(tmpDir, `vscode-ripgrep-cache-${ripgrepPackageVersion}`, `ripgrep-${ripgrepBuild}-${target}.tar.gz`);
  if (existsSync(archive)) return archive;
  const rg = findSystemRipgrep();
  if (!rg) throw new Error('ripgrep is missing: install it first (apt-get install -y ripgrep), or set VPT_RIPGREP_PATH');
  mkdirSync(path.dirname(archive), { recursive: true });
  const staging = mkdtempSync(path.join(tmpDir, 'vpt-rg-'));
  try {
    copyFileSync(rg, path.join(staging, 'rg'));
    // Written beside the target and renamed, so a concurrent reader never sees half an archive.
    const partial = `${archive}.${process.pid}.partial`;
    execFileSync('tar', ['-czf', partial, '-C', staging, 'rg']);
    renameSync(partial, archive);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return archive;
}
