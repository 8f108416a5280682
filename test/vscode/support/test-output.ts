// In code-server, everything the extension host writes to the console reaches the runner mixed
// with the workbench's own log. A mark in front of the suite's lines lets the runner print the
// test output and set the rest aside (scripts/vscode-test/automation-log.mjs). The console
// methods themselves cannot be wrapped: the extension host pins them with a no-op setter.
import { format } from 'node:util';

// Must equal `testOutputMark` in scripts/vscode-test/automation-log.mjs.
export const testOutputMark = '[vpt-test] ';

// Set by the code-server runner only: desktop VS Code prints the extension host's console as is.
const marking = process.env.VPT_MARK_TEST_OUTPUT === '1';

/** console.log for tests: the runner always prints these lines (plain console.log only with VPT_VSCODE_VERBOSE=1). */
export function testLog(...args: unknown[]): void {
  console.log(marking ? testOutputMark + format(...args) : format(...args));
}
