import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { activatedExtension, extensionId, getExtension } from './support/extension';
import { readOutputChannelLines } from './support/output-channel';
import { waitFor } from './support/wait';

describe('extension activation', () => {
  it('is loaded by VS Code from the folder under development', () => {
    const extension = getExtension();
    assert.equal(extension.id.toLowerCase(), extensionId);
    // The compiled tests live in <repo>/out/test/vscode: the development copy is <repo> itself.
    assert.equal(path.resolve(extension.extensionPath), path.resolve(__dirname, '..', '..', '..'));
  });

  it('activates without throwing', async () => {
    const extension = await activatedExtension();
    assert.equal(extension.isActive, true);
  });

  it('logs to its output channel once active', async () => {
    await activatedExtension();
    // A log channel's lines carry a timestamp and a level, e.g. "2025-… [info] …".
    const lines = await waitFor('a line in the output channel', () => {
      const found = readOutputChannelLines();
      return found.length ? found : undefined;
    });
    assert.match(lines[0], /\[(info|warning|error|debug|trace)\]/);
  });
});
