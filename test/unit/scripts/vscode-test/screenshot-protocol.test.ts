// Both sides of the screenshot protocol together: the helper the VS Code tests call
// (test/vscode/support/screenshot.ts) and the runner's service, with a fake page.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { takeScreenshot } from '../../../vscode/support/screenshot';
import { harnessModule, startModule } from './harness-modules';

const fakePng = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('fake image data')]);

function serve(requestsDir: string, outputDir: string, takePng: string): { stop: () => Promise<void> } {
  return startModule(`
    import { serveScreenshots } from ${harnessModule('screenshot-service.mjs')};
    const stop = serveScreenshots({
      requestsDir: ${JSON.stringify(requestsDir)},
      outputDir: ${JSON.stringify(outputDir)},
      target: { takePng: ${takePng} },
      log: () => {},
      pollMs: 20,
    });
    process.on('SIGTERM', () => { stop(); process.exit(0); });
  `);
}

describe('screenshot protocol between a VS Code test and the runner', () => {
  let scratch: string;
  let requestsDir: string;
  let outputDir: string;
  const savedEnv = process.env.VPT_SCREENSHOT_REQUESTS;

  beforeEach(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vpt-screenshot-'));
    requestsDir = path.join(scratch, 'requests');
    outputDir = path.join(scratch, 'images');
    fs.mkdirSync(requestsDir);
    process.env.VPT_SCREENSHOT_REQUESTS = requestsDir;
  });

  afterEach(() => {
    if (savedEnv === undefined) delete process.env.VPT_SCREENSHOT_REQUESTS;
    else process.env.VPT_SCREENSHOT_REQUESTS = savedEnv;
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('writes <name>.png where the runner was told, and leaves no request behind', async () => {
    const service = serve(requestsDir, outputDir, `async () => Buffer.from(${JSON.stringify([...fakePng])})`);
    try {
      const file = await takeScreenshot('tree-demo', { timeoutMs: 5000 });
      assert.equal(file, path.join(outputDir, 'tree-demo.png'));
      assert.deepEqual(fs.readFileSync(file), fakePng);
      assert.deepEqual(fs.readdirSync(requestsDir), []);
    } finally {
      await service.stop();
    }
  });

  it('passes the failure of the page back to the test', async () => {
    const service = serve(requestsDir, outputDir, `async () => { throw new Error('page closed'); }`);
    try {
      await assert.rejects(takeScreenshot('broken', { timeoutMs: 5000 }), /screenshot "broken" failed: page closed/);
    } finally {
      await service.stop();
    }
  });

  it('refuses a name that is not a plain file name before asking', async () => {
    await assert.rejects(takeScreenshot('../outside', { timeoutMs: 200 }), /must match/);
    assert.deepEqual(fs.readdirSync(requestsDir), []);
  });

  it('the runner refuses such a name too, if a request bypasses the helper', async () => {
    fs.writeFileSync(path.join(requestsDir, 'x.request.json'), JSON.stringify({ name: '../outside' }));
    const service = serve(requestsDir, outputDir, `async () => Buffer.from([1])`);
    try {
      const response = path.join(requestsDir, 'x.response.json');
      for (let i = 0; i < 100 && !fs.existsSync(response); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.match(JSON.parse(fs.readFileSync(response, 'utf8')).error, /bad screenshot name/);
      assert.equal(fs.existsSync(path.join(scratch, 'outside.png')), false);
    } finally {
      await service.stop();
    }
  });

  it('gives up with a clear message when no runner answers', async () => {
    await assert.rejects(takeScreenshot('unanswered', { timeoutMs: 300 }), /no screenshot "unanswered" within 300 ms/);
  });
});
