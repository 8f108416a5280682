// What the code-server install counts as harmless: the lines left out of the log tail shown when
// an install fails, so that what did go wrong is not buried under them.
import * as assert from 'node:assert/strict';
import { harnessModule, runModule } from './harness-modules';

const lines = {
  harmless: [
    'npm warn Unknown cli config "--unsafe-perm". This will stop working in the next major version of npm.',
    'npm warn Unknown env config "unsafe-perm". This will stop working in the next major version of npm.',
    'npm warn install-scripts 9 packages have install scripts not yet covered by allowScripts:',
    'npm warn install-scripts   kerberos@2.1.1 (install: prebuild-install --runtime napi || node-gyp rebuild)',
    'node-pre-gyp ERR! install request to https://github.com/ranisalt/node-argon2/releases/download/v0.31.2/argon2.tar.gz failed, reason: getaddrinfo ENOTFOUND github.com',
    'node-pre-gyp WARN Pre-built binaries not installable for argon2@0.31.2 and node@20.20.2 (falling back to source compile with node-gyp)',
    'node-pre-gyp WARN Hit error request to https://github.com/ranisalt/node-argon2/releases/download/v0.31.2/argon2.tar.gz failed, reason: getaddrinfo ENOTFOUND github.com',
  ],
  meaningful: [
    'node-pre-gyp ERR! build error',
    'gyp ERR! stack Error: `make` failed with exit code: 2',
    'npm error code 1',
    'npm warn deprecated inflight@1.0.6: This module is not supported',
    'fatal error: gssapi/gssapi.h: No such file or directory',
  ],
};

describe('code-server install: harmless output', () => {
  it('leaves out npm’s flag and install-script warnings and a failed prebuilt download, nothing else', () => {
    const verdicts = runModule<Record<string, boolean>>(`
      import { isHarmlessInstallLine } from ${harnessModule('install-code-server.mjs')};
      const lines = ${JSON.stringify([...lines.harmless, ...lines.meaningful])};
      console.log(JSON.stringify(Object.fromEntries(lines.map((line) => [line, isHarmlessInstallLine(line)]))));
    `);
    for (const line of lines.harmless) assert.equal(verdicts[line], true, line);
    for (const line of lines.meaningful) assert.equal(verdicts[line], false, line);
  });
});
