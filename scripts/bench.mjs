// `npm run bench`: builds, then runs every benchmark section in bench/*.ts (compiled to
// out/bench/*.js). Each section exports `run(): Promise<Record<string, number>>` returning flat
// keys (milliseconds, bytes, counts). The merged figures are printed as a table and written to
// bench/results.json; docs/performance.md records them with the machine they came from.
//   npm run bench                 every section
//   npm run bench -- graph        only the named sections
import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

await run(process.execPath, ['scripts/build.mjs', '--production']);
await run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.test.json']);

const sectionDir = path.join(root, 'out', 'bench');
const available = existsSync(sectionDir)
  ? readdirSync(sectionDir).filter((f) => f.endsWith('.js')).map((f) => f.replace(/\.js$/, ''))
  : [];
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const sections = wanted.length ? wanted : available;

const resultsFile = path.join(root, 'bench', 'results.json');
const previous = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
const results = { ...previous };
let failed = false;
for (const section of sections) {
  if (!available.includes(section)) {
    console.error(`no benchmark section "${section}" (have: ${available.join(', ')})`);
    failed = true;
    continue;
  }
  console.log(`\n── bench: ${section} ──`);
  const started = Date.now();
  try {
    const module = require(pathToFileURL(path.join(sectionDir, `${section}.js`)).pathname);
    const figures = await module.run();
    Object.assign(results, figures);
    for (const [key, value] of Object.entries(figures)) console.log(`${key.padEnd(36)} ${value}`);
  } catch (error) {
    failed = true;
    console.error(`section ${section} failed:`, error);
  }
  console.log(`── ${section} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

results['machine.cpus'] = os.cpus().length;
results['machine.node'] = process.versions.node;
results['machine.date'] = new Date().toISOString().slice(0, 10);
writeFileSync(resultsFile, `${JSON.stringify(Object.fromEntries(Object.entries(results).sort()), null, 2)}\n`);
console.log(`\nwrote ${path.relative(root, resultsFile)}`);
process.exit(failed ? 1 : 0);
