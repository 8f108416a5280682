// Proves that the runner cannot report success for a failing suite: runs it with one test that
// fails on purpose (VPT_SELF_TEST_FAIL=1, and only that test) and checks that the summary counts
// the failure and that the exit code is not 0. Takes about ten seconds once code-server is
// installed; run it after changing the runner:
//   node scripts/vscode-test/self-check.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const scratch = mkdtempSync(path.join(os.tmpdir(), 'vpt-self-check-'));
const summaryFile = path.join(scratch, 'summary.json');
const run = spawnSync(process.execPath, [path.join(here, 'run.mjs')], {
  stdio: 'inherit',
  env: {
    ...process.env,
    VPT_SELF_TEST_FAIL: '1',
    VPT_VSCODE_GREP: 'VPT_SELF_TEST_FAIL',
    VPT_TEST_SUMMARY: summaryFile,
  },
});
let summary;
try {
  summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
} catch {
  summary = undefined;
}
rmSync(scratch, { recursive: true, force: true });

const problems = [];
if (run.status === 0) problems.push('the runner exited 0');
if (!summary) problems.push('the runner wrote no summary');
else if (summary.failed !== 1 || summary.passed !== 0) problems.push(`the summary is ${JSON.stringify(summary)}, not 0 passed and 1 failed`);
if (problems.length) {
  console.error(`\nself-check FAILED: ${problems.join('; ')}`);
  process.exit(1);
}
console.log(`\nself-check passed: the deliberate failure gave exit ${run.status} and ${JSON.stringify(summary)}`);
