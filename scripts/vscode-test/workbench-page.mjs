// Opens the VS Code web workbench served by code-server in headless Chromium and, through the
// URL payload, starts the extension under development and its tests in the remote (Node)
// extension host. The workbench reports back through two functions it looks for on `window`:
// `codeAutomationLog(type, args)` for log output and `codeAutomationExit(code)` when the tests
// end (0 passed, non-zero when the test entry's run() rejected).
import { chromium } from 'playwright-core';
import { chromiumFlags, findChromium } from '../lib/chromium.mjs';

/** The workbench address that opens `folder` and loads the extension (and tests) from disk. */
export function workbenchUrl(serverUrl, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const authority = new URL(serverUrl).host;
  const remote = (file) => `vscode-remote://${authority}${file}`;
  const payload = [['extensionDevelopmentPath', remote(extensionDevelopmentPath)]];
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  return `${serverUrl}?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Launches Debian's Chromium headless with the flags that keep it off the network. */
export async function launchBrowser({ home }) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found (apt-get install -y chromium, or set CHROMIUM_PATH)');
  return chromium.launch({
    executablePath,
    headless: true,
    args: chromiumFlags,
    // Chromium writes caches and crash data under HOME: keep them in the run's scratch folder.
    env: { ...process.env, HOME: home },
    // Playwright's own signal handlers exit the process once the browser is closed, before the
    // runner has stopped code-server: the runner's cleanup closes the browser instead.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

/**
 * Opens the workbench with the test payload.
 * @returns {Promise<{ page: import('playwright-core').Page, exitCode: Promise<number> }>}
 */
export async function openTestWorkbench(browser, url, { onLog, viewport = { width: 1440, height: 900 } }) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  let reportExit;
  const exitCode = new Promise((resolve) => {
    reportExit = resolve;
  });
  // Exposed before the page loads: the workbench checks for them when it starts.
  await page.exposeFunction('codeAutomationLog', (type, args) => onLog(type, Array.isArray(args) ? args : [args]));
  await page.exposeFunction('codeAutomationExit', (code) => reportExit(typeof code === 'number' ? code : 1));
  page.on('crash', () => {
    console.error('the workbench page crashed');
    reportExit(1);
  });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return { page, exitCode };
}
