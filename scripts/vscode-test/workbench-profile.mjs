// The folders one code-server instance owns: a user data dir with quiet settings, an extensions
// dir, its own config file (without `--config` it writes into ~/.config/code-server), a HOME for
// everything that still writes there, and a workspace folder to open.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// No welcome page, no telemetry, no auto-update of extensions, no trust prompt, no tips: every
// run and every screenshot starts from the same quiet workbench.
const quietSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'window.commandCenter': false,
  'chat.commandCenter.enabled': false,
  'workbench.colorTheme': 'Default Dark Modern',
};

/** Creates the folders under `root` and returns their paths. */
export function createWorkbenchProfile(root, { workspaceDir } = {}) {
  const profile = {
    root,
    home: path.join(root, 'home'),
    userDataDir: path.join(root, 'user-data'),
    extensionsDir: path.join(root, 'extensions'),
    configFile: path.join(root, 'config.yaml'),
    workspaceDir: workspaceDir ?? path.join(root, 'workspace'),
  };
  for (const dir of [profile.home, profile.extensionsDir, profile.workspaceDir, path.join(profile.userDataDir, 'User')]) {
    mkdirSync(dir, { recursive: true });
  }
  // A kept profile (`npm start`) keeps whatever its user changed since.
  const settingsFile = path.join(profile.userDataDir, 'User', 'settings.json');
  if (!existsSync(settingsFile)) writeFileSync(settingsFile, `${JSON.stringify(quietSettings, null, 2)}\n`);
  // Only loopback, no password: the address is printed to the person who started it.
  writeFileSync(profile.configFile, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  return profile;
}
