// The sandbox's memory across restarts: the world is loaded from the state file when it exists and
// written back after changes, debounced, through a temporary file and a rename so that a crash
// mid-write never leaves a torn file behind. The Huawei world is saved in the same file, as its
// `huawei` section, after each change made through its API.

import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { huaweiToDocument } from '../huawei/scenario';
import type { HuaweiWorld } from '../huawei/world';
import type { World } from '../world/world';
import type { ScenarioDocument } from './document';
import { worldToDocument } from './save';
import { readScenarioFile } from './source';

const DEBOUNCE_MS = 250;

export class StateFile {
  private timer: NodeJS.Timeout | undefined;
  private dirty = false;
  private writing: Promise<void> = Promise.resolve();
  private unsubscribe: (() => void) | undefined;
  private huawei: HuaweiWorld | undefined;

  constructor(readonly path: string) {}

  exists(): boolean {
    return existsSync(this.path);
  }

  load(): ScenarioDocument {
    return readScenarioFile(this.path);
  }

  /** Saves after every change to `world` or `huawei` (debounced), and once now so the file exists from the start. */
  follow(world: World, huawei?: HuaweiWorld): Promise<void> {
    this.huawei = huawei;
    const unsubscribes = [world.onChange(() => this.schedule(world)), huawei?.onChange(() => this.schedule(world))];
    this.unsubscribe = () => unsubscribes.forEach((unsubscribe) => unsubscribe?.());
    this.dirty = true;
    return this.flush(world);
  }

  /** Writes pending changes now and stops following the world. */
  async close(world: World): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.flush(world);
  }

  private schedule(world: World): void {
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush(world).catch((error: unknown) => process.stderr.write(`emulator: cannot save ${this.path}: ${(error as Error).message}\n`));
    }, DEBOUNCE_MS);
  }

  private flush(world: World): Promise<void> {
    this.writing = this.writing
      .catch(() => undefined)
      .then(async () => {
      if (!this.dirty) return;
      this.dirty = false;
      world.advance();
      this.huawei?.settle();
      const document = worldToDocument(world, 'Sandbox state, saved by the emulator.');
      if (this.huawei) document.huawei = huaweiToDocument(this.huawei);
      const text = `${JSON.stringify(document, null, 2)}\n`;
      const temporary = `${this.path}.${process.pid}.tmp`;
      await mkdir(dirname(this.path), { recursive: true });
      await writeFile(temporary, text, 'utf8');
      await rename(temporary, this.path);
    });
    return this.writing;
  }
}
