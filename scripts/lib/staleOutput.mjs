// tsc never deletes what it emitted for a file that has since moved or gone, and the test tiers
// run every compiled `*.test.js` under out/test: an old copy would run again under its old name.
import { readdirSync, rmSync, existsSync } from 'node:fs';
import path from 'node:path';

/** Removes compiled files under out/<folder> whose TypeScript source is gone; returns their paths. */
export function removeStaleOutput(root, folder = 'test') {
  const outDir = path.join(root, 'out', folder);
  if (!existsSync(outDir)) return [];
  const removed = [];
  for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    const match = /^(.*)\.js(\.map)?$/.exec(file);
    if (!match) continue;
    if (existsSync(path.join(root, folder, `${match[1]}.ts`))) continue;
    rmSync(path.join(outDir, file));
    removed.push(path.join('out', folder, file));
  }
  return removed;
}
