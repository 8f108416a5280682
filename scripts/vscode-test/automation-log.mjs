// Sorts what the workbench hands to `codeAutomationLog`: the test suite's own output (marked by
// test/vscode/support/test-output.ts) is printed as it arrives; the workbench's chatter is kept
// aside and shown only with VPT_VSCODE_VERBOSE=1, or its errors when a run fails.
import { format } from 'node:util';

// Must equal `testOutputMark` in test/vscode/support/test-output.ts.
export const testOutputMark = '[vpt-test] ';

// What an offline workbench always complains about (no extension gallery, no vsda signing
// module), and the suite's own rejection, whose failures the reporter has already listed.
const offlineNoise = [/open-vsx\.org/, /vsda/, /ENOTFOUND/, /Failed to load resource.*404/, /of the VS Code tests failed/];

export function createAutomationLog({ verbose = false, write = (line) => process.stdout.write(`${line}\n`) } = {}) {
  const workbenchErrors = [];
  return {
    handle(type, args) {
      const text = format(...args);
      if (text.startsWith(testOutputMark)) {
        write(text.slice(testOutputMark.length));
        return;
      }
      if (verbose) write(`[workbench ${type}] ${text}`);
      if (type === 'error' && !offlineNoise.some((noise) => noise.test(text))) {
        workbenchErrors.push(text.split('\n').slice(0, 6).join('\n'));
        if (workbenchErrors.length > 20) workbenchErrors.shift();
      }
    },
    /** The latest workbench errors that are not the usual offline noise. */
    workbenchErrors: () => [...workbenchErrors],
  };
}
