// The test side of the screenshot protocol (the runner side, with the full description, is
// scripts/vscode-test/screenshot-service.mjs). A test asks for a picture of the whole workbench
// by name and waits until the runner has written `<screenshot dir>/<name>.png`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';

const namePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** False where no runner serves screenshots (the desktop VS Code runner has no browser page). */
export function screenshotsAvailable(): boolean {
  return Boolean(process.env.VPT_SCREENSHOT_REQUESTS);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Asks the runner for a screenshot of the workbench; resolves with the PNG's path once it exists. */
export async function takeScreenshot(name: string, { timeoutMs = 30_000 } = {}): Promise<string> {
  const requestsDir = process.env.VPT_SCREENSHOT_REQUESTS;
  if (!requestsDir) throw new Error('screenshots need the code-server runner (VPT_SCREENSHOT_REQUESTS is not set)');
  if (!namePattern.test(name)) throw new Error(`screenshot name ${JSON.stringify(name)} must match ${namePattern}`);

  const id = `${Date.now()}-${randomUUID()}`;
  const request = path.join(requestsDir, `${id}.request.json`);
  const response = path.join(requestsDir, `${id}.response.json`);
  // Renamed into place, so the runner never reads half a request.
  fs.writeFileSync(`${request}.partial`, JSON.stringify({ name }));
  fs.renameSync(`${request}.partial`, request);

  const deadline = Date.now() + timeoutMs;
  while (!fs.existsSync(response)) {
    if (Date.now() > deadline) throw new Error(`no screenshot "${name}" within ${timeoutMs} ms: is the runner serving ${requestsDir}?`);
    await sleep(100);
  }
  const answer = JSON.parse(fs.readFileSync(response, 'utf8')) as { file?: string; error?: string };
  fs.rmSync(response, { force: true });
  if (answer.error !== undefined || answer.file === undefined) throw new Error(`screenshot "${name}" failed: ${answer.error}`);
  const head = fs.readFileSync(answer.file).subarray(0, pngSignature.length);
  if (!head.equals(pngSignature)) throw new Error(`screenshot "${name}" is not a PNG: ${answer.file}`);
  return answer.file;
}
