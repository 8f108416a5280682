// The runner side of the screenshot protocol. A test in the extension host cannot see the
// workbench it runs in; the runner, which owns the browser page, can. They share a folder:
//   test:   writes  <requests>/<id>.request.json   {"name":"tree-demo"}   (tmp file + rename)
//   runner: renames it to <id>.claimed, writes <output>/<name>.png (tmp + rename), then
//           writes  <requests>/<id>.response.json  {"file":"/abs/tree-demo.png"} or {"error":"…"}
//           and removes the claimed request
//   test:   waits for the response, removes it, and goes on.
// Files rather than log lines: nothing is lost if the log is delayed or buffered, and both
// sides only ever see complete files.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const screenshotNamePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

function writeAtomically(file, data) {
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, data);
  renameSync(partial, file);
}

async function settle(page) {
  /* global requestAnimationFrame -- evaluated in the page */
  // Two animation frames: whatever the test just changed has been laid out and painted.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * Serves screenshot requests until stopped.
 * @param {{ takePng: () => Promise<Buffer>, settle?: () => Promise<void> }} target how to take one
 */
export function serveScreenshots({ requestsDir, outputDir, target, log = console.log, pollMs = 100 }) {
  mkdirSync(requestsDir, { recursive: true });
  let stopped = false;
  let busy = false;

  async function handle(requestFile) {
    const id = requestFile.slice(0, -'.request.json'.length);
    const claimed = path.join(requestsDir, `${id}.claimed`);
    renameSync(path.join(requestsDir, requestFile), claimed);
    let response;
    try {
      const { name } = JSON.parse(readFileSync(claimed, 'utf8'));
      if (typeof name !== 'string' || !screenshotNamePattern.test(name)) throw new Error(`bad screenshot name ${JSON.stringify(name)}`);
      await target.settle?.();
      const png = await target.takePng();
      mkdirSync(outputDir, { recursive: true });
      const file = path.join(outputDir, `${name}.png`);
      writeAtomically(file, png);
      log(`  [screenshot] ${file}`);
      response = { file };
    } catch (error) {
      response = { error: String(error?.message ?? error) };
    }
    writeAtomically(path.join(requestsDir, `${id}.response.json`), JSON.stringify(response));
    rmSync(claimed, { force: true });
  }

  async function poll() {
    if (stopped || busy) return;
    busy = true;
    try {
      const requests = readdirSync(requestsDir).filter((f) => f.endsWith('.request.json')).sort();
      for (const request of requests) await handle(request);
    } catch (error) {
      log(`  [screenshot] request failed: ${error?.message ?? error}`);
    } finally {
      busy = false;
    }
  }

  const timer = setInterval(poll, pollMs);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}

/** The screenshot target for a Playwright page showing the workbench. */
export function pageTarget(page) {
  return { settle: () => settle(page), takePng: () => page.screenshot({ type: 'png' }) };
}
