// The import order of docs/architecture.md is an eslint rule (eslint.config.mjs): these lint
// imports that break it, as if written in files of each layer, and expect the rule to refuse them,
// and lint the imports the layering allows and expect no complaint.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';

// Compiled to out/test/unit.
const repoRoot = path.resolve(__dirname, '..', '..', '..');
const RULE = 'boundaries/dependencies';

let eslint: ESLint;

async function layeringErrors(file: string, importPath: string): Promise<string[]> {
  const code = `import * as imported from '${importPath}';\nexport const used = imported;\n`;
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
  return result.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

describe('layering: imports point down the documented layers', function () {
  this.timeout(60_000);

  before(() => {
    eslint = new ESLint({ cwd: repoRoot });
  });

  const refused: [from: string, importPath: string][] = [
    ['src/model/layeringProbe.ts', '../cloud/errors'],
    ['src/model/graph/layeringProbe.ts', '../../inventory/store'],
    ['src/cloud/layeringProbe.ts', '../inventory/store'],
    ['src/cloud/layeringProbe.ts', '../emulator'],
    ['src/inventory/layeringProbe.ts', '../profiles/sandbox'],
    ['src/profiles/layeringProbe.ts', '../views/failureText'],
    ['src/profiles/layeringProbe.ts', '../emulator/world/world'],
    ['src/views/layeringProbe.ts', '../commands/index'],
    ['src/views/topology/layeringProbe.ts', '../../webview/graph/graphCanvas'],
    ['src/commands/layeringProbe.ts', '../extension'],
    ['src/commands/layeringProbe.ts', '../settings'],
    ['src/webview/layeringProbe.ts', '../views/topology/graphFeed'],
    ['src/webview/ui/layeringProbe.ts', '../../cloud/errors'],
    ['src/emulator/layeringProbe.ts', '../cloud/errors'],
    ['src/emulator/api/layeringProbe.ts', '../../inventory/store'],
  ];
  for (const [from, importPath] of refused) {
    it(`refuses ${importPath} in ${from}`, async () => {
      const errors = await layeringErrors(from, importPath);
      assert.equal(errors.length, 1, `expected one ${RULE} error, got ${JSON.stringify(errors)}`);
    });
  }

  const allowed: [from: string, importPath: string][] = [
    ['src/extension.layeringProbe.ts', './settings'],
    ['src/commands/layeringProbe.ts', '../cloud/errors'],
    ['src/commands/routes/layeringProbe.ts', '../../views/failureText'],
    ['src/views/topology/layeringProbe.ts', '../../webview/protocol'],
    ['src/profiles/layeringProbe.ts', '../emulator'],
    ['src/inventory/layeringProbe.ts', '../cloud/errors'],
    ['src/cloud/layeringProbe.ts', '../model/types'],
    ['src/webview/ui/layeringProbe.ts', '../../model/types'],
    ['src/webview/ui/layeringProbe.ts', '../protocol'],
    ['src/emulator/api/layeringProbe.ts', '../../model/cidr'],
  ];
  for (const [from, importPath] of allowed) {
    it(`allows ${importPath} in ${from}`, async () => {
      assert.deepEqual(await layeringErrors(from, importPath), []);
    });
  }

  it('refuses a type-only import too', async () => {
    const [result] = await eslint.lintText("import type { CloudError } from '../cloud/errors';\nexport type E = CloudError;\n", {
      filePath: path.join(repoRoot, 'src/model/layeringProbe.ts'),
    });
    assert.deepEqual(result.messages.map((m) => m.ruleId), [RULE]);
  });

  it('refuses the imports of a file in a folder of src/ that has no place in the layering', async () => {
    assert.equal((await layeringErrors('src/elsewhere/layeringProbe.ts', '../model/types')).length, 1);
  });

  it('refuses an import of a file outside src/', async () => {
    const [result] = await eslint.lintText("import { x } from '../../test/unit/layering.test';\nexport const y = x;\n", {
      filePath: path.join(repoRoot, 'src/model/layeringProbe.ts'),
    });
    assert.ok(result.messages.some((m) => m.ruleId?.startsWith('boundaries/')), JSON.stringify(result.messages));
  });
});
