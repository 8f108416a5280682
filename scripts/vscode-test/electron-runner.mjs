// Runs the suite in desktop VS Code through @vscode/test-electron. run.mjs starts this script
// as its own process group (spawnGroup), because runTests does not hand out the VS Code process
// it starts: stopping the group is how the time limit and Ctrl-C reach VS Code too.
//   node electron-runner.mjs '<json options>'   exit code: 0 when every test passed
import { runTests } from '@vscode/test-electron';

const options = JSON.parse(process.argv[2]);
try {
  await runTests({
    vscodeExecutablePath: options.executable,
    extensionDevelopmentPath: options.extensionDevelopmentPath,
    extensionTestsPath: options.extensionTestsPath,
    extensionTestsEnv: options.env,
    launchArgs: [
      options.workspaceDir,
      '--disable-extensions',
      '--user-data-dir', options.userDataDir,
      '--extensions-dir', options.extensionsDir,
    ],
  });
  process.exit(0);
} catch (error) {
  console.error(error?.message ?? error);
  process.exit(1);
}
