// `npm run screenshots`: regenerates the README's pictures. Runs only the VS Code tests tagged
// @screenshot, in code-server (the runner takes the pictures from its browser page), and has
// them written to docs/images/<name>.png. See scripts/vscode-test/README.md for the protocol.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

function step(what, args, env = process.env) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) console.error(`${what} failed (exit ${result.status})`);
  return result.status === 0;
}

if (!step('build', ['scripts/build.mjs'])) process.exit(1);
// tsc still writes the compiled tests when some unrelated file has a type error; the runner
// says so if the suite itself is missing.
step('compiling the tests', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.test.json']);
const ok = step('taking the screenshots', ['scripts/vscode-test/run.mjs'], {
  ...process.env,
  VPT_VSCODE_RUNNER: 'code-server',
  VPT_VSCODE_GREP: '@screenshot',
  VPT_SCREENSHOT_DIR: path.join(root, 'docs', 'images'),
});
if (ok) console.log(`screenshots written to ${path.join('docs', 'images')}`);
process.exit(ok ? 0 : 1);
