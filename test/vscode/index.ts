// The entry point VS Code's extension host calls when it runs this suite (extensionTestsPath):
// mocha over every compiled `*.test.js` under this folder. Resolving means every test passed;
// rejecting makes the workbench report a failure to the runner. The counts go, as JSON, to the
// file named by VPT_TEST_SUMMARY, so nobody has to parse the reporter's prose.
//   VPT_VSCODE_GREP=<text>   only tests whose full title contains it (e.g. @screenshot)
//   VPT_SELF_TEST_FAIL=1     adds one test that fails, to prove a failure fails the run
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { testLog } from './support/test-output';

export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
}

const perTestTimeoutMs = 30_000;

function findTestFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .sort()
    .map((file) => path.join(dir, file));
}

function addDeliberateFailure(mocha: Mocha): void {
  mocha.suite.addTest(
    new Mocha.Test('self-test: fails on purpose because VPT_SELF_TEST_FAIL=1', () => {
      assert.fail('deliberate failure (VPT_SELF_TEST_FAIL=1)');
    }),
  );
}

function writeSummary(counts: TestCounts): void {
  const target = process.env.VPT_TEST_SUMMARY;
  if (target) fs.writeFileSync(target, JSON.stringify(counts));
}

export async function run(): Promise<void> {
  // Mocha's reporters print through Base.consoleLog: route it through the marked test log.
  Mocha.reporters.Base.consoleLog = testLog;
  const mocha = new Mocha({ ui: 'bdd', timeout: perTestTimeoutMs, color: false, reporter: 'spec' });
  if (process.env.VPT_VSCODE_GREP) mocha.grep(process.env.VPT_VSCODE_GREP);
  for (const file of findTestFiles(__dirname)) mocha.addFile(file);
  if (process.env.VPT_SELF_TEST_FAIL === '1') addDeliberateFailure(mocha);

  const counts = await new Promise<TestCounts>((resolve) => {
    const runner = mocha.run(() => {
      const stats = runner.stats;
      resolve({ passed: stats?.passes ?? 0, failed: stats?.failures ?? 0, skipped: stats?.pending ?? 0 });
    });
  });
  writeSummary(counts);
  if (counts.failed > 0) throw new Error(`${counts.failed} of the VS Code tests failed`);
}
