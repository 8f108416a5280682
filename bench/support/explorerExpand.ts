// Expanding a region of 500 VPCs in the explorer, in real VS Code: the VS Code test tier's
// "explorer expand measurement" (test/vscode/explorerScale.test.ts) in a fresh VS Code, on a
// private emulator in the extension host holding one region with 500 VPCs per account. Each run
// closes the tree, refreshes every row (so the view asks again), opens the account, then times
// `treeView.reveal(region, { expand: true })`:
//   expandMs      from the request until VS Code's view has the rows (reveal resolves once the
//                 view has fetched the children and put them in the tree)
//   askedMs       until the view asked the extension for the region's children
//   rowsReadyMs   until the extension had given the view the rows and every row's item
//   providerMs    the extension's part alone, measured in the extension host right after: the
//                 region's children and each one's TreeItem
//   smallExpandMs VS Code's floor for the same request: expanding one of the VPC rows (its
//                 connections and folders, a handful of rows), the region open
// The first run is the first expansion after the load (no row made yet); the figure is the
// median of all runs.

import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { median, round } from './figures';
import { vscodeMeasurement } from './vscodeMeasurement';

interface ExpandRun {
  expandMs: number;
  askedMs: number;
  rowsReadyMs: number;
  providerMs: number;
  rows: number;
  smallExpandMs: number;
  smallRows: number;
}

export async function explorerExpandFigures(runs = 5): Promise<Record<string, number>> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'vpt-bench-explorer-'));
  const out = path.join(scratch, 'explorer.json');
  try {
    const measured = await vscodeMeasurement<{ vpcs: number; runs: ExpandRun[] }>('explorer expand measurement', out, {
      VPT_EXPLORER_MEASURE: '1',
      VPT_EXPLORER_MEASURE_RUNS: String(runs),
      VPT_EXPLORER_MEASURE_OUT: out,
    });
    const all = measured.runs;
    return {
      'scale.explorerExpandMs': round(median(all.map((r) => r.expandMs))),
      'scale.explorerExpandWorstMs': round(Math.max(...all.map((r) => r.expandMs))),
      'scale.explorerExpandFirstMs': round(all[0].expandMs),
      'scale.explorerExpandAskedMs': round(median(all.map((r) => r.askedMs))),
      'scale.explorerExpandRowsReadyMs': round(median(all.map((r) => r.rowsReadyMs))),
      'scale.explorerExpandProviderMs': round(median(all.map((r) => r.providerMs))),
      'scale.explorerExpandSmallListMs': round(median(all.map((r) => r.smallExpandMs))),
      'scale.explorerExpandSmallListRows': median(all.map((r) => r.smallRows)),
      'scale.explorerRegionVpcs': measured.vpcs,
      'scale.explorerExpandRows': all[0].rows,
      'scale.explorerExpandRuns': all.length,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
