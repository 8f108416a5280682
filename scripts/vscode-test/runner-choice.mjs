// Which VS Code runs the suite:
//   1. VPT_VSCODE_RUNNER=code-server        → the offline code-server runner, whatever else is set
//   2. VSCODE_EXECUTABLE=/path/to/code      → @vscode/test-electron with that VS Code binary
//   3. VPT_VSCODE_RUNNER=electron           → @vscode/test-electron with the desktop VS Code found
//                                             on the PATH, or else a VS Code it downloads
//                                             (needs the internet)
//   4. a desktop VS Code behind `code` on the PATH and a display to show it on
//                                           → @vscode/test-electron with it
//   5. otherwise                            → code-server from the npm registry, in headless
//                                             Chromium (works offline; the only way on CI here)
// Screenshots need the code-server runner: it owns the browser page they are taken from.
//   node scripts/vscode-test/runner-choice.mjs     prints the choice and why, as JSON
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function onPath(command, env, platform) {
  const names = platform === 'win32' ? [`${command}.cmd`, `${command}.exe`] : [command];
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * The desktop VS Code binary behind the `code` command, if `code` belongs to one. The CLI of a
 * VS Code server (remote terminals, code-server) also answers to `code` but has no desktop app
 * beside it: a desktop install has its product.json under resources/app.
 */
export function findDesktopVSCode(env = process.env, platform = process.platform) {
  const cli = onPath('code', env, platform);
  if (!cli) return undefined;
  const real = realpathSync(cli);
  const installRoot = path.dirname(path.dirname(real));
  const layouts = {
    linux: { executables: [path.join(installRoot, 'code')], product: path.join(installRoot, 'resources', 'app', 'product.json') },
    win32: { executables: [path.join(installRoot, 'Code.exe')], product: path.join(installRoot, 'resources', 'app', 'product.json') },
    // <App>.app/Contents/Resources/app/bin/code; the binary was renamed from Electron to Code.
    darwin: {
      executables: ['Electron', 'Code'].map((name) => path.join(installRoot, '..', '..', 'MacOS', name)),
      product: path.join(installRoot, 'product.json'),
    },
  };
  const layout = layouts[platform];
  if (!layout || !existsSync(layout.product)) return undefined;
  return layout.executables.find((executable) => existsSync(executable));
}

function hasDisplay(env, platform) {
  return platform !== 'linux' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** @returns {{ runner: 'code-server' | 'electron', executable?: string, reason: string }} */
export function chooseRunner(env = process.env, platform = process.platform) {
  const forced = env.VPT_VSCODE_RUNNER;
  if (forced && forced !== 'code-server' && forced !== 'electron') {
    throw new Error(`VPT_VSCODE_RUNNER must be "code-server" or "electron", not "${forced}"`);
  }
  if (forced === 'code-server') return { runner: 'code-server', reason: 'VPT_VSCODE_RUNNER=code-server' };
  if (env.VSCODE_EXECUTABLE) {
    return { runner: 'electron', executable: env.VSCODE_EXECUTABLE, reason: 'VSCODE_EXECUTABLE is set' };
  }
  const desktop = findDesktopVSCode(env, platform);
  if (forced === 'electron') {
    return desktop
      ? { runner: 'electron', executable: desktop, reason: 'VPT_VSCODE_RUNNER=electron, desktop VS Code found on the PATH' }
      : { runner: 'electron', reason: 'VPT_VSCODE_RUNNER=electron, no desktop VS Code found: @vscode/test-electron downloads one' };
  }
  if (desktop && hasDisplay(env, platform)) {
    return { runner: 'electron', executable: desktop, reason: 'a desktop VS Code is on the PATH and a display is available' };
  }
  const why = desktop ? 'a desktop VS Code is on the PATH but there is no display' : 'no desktop VS Code on the PATH';
  return { runner: 'code-server', reason: `${why}: using the offline code-server runner` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(JSON.stringify(chooseRunner()));
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
}
