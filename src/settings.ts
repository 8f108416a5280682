// The extension's settings, all under `vpcPeering.`, read in one place with their defaults.

import * as vscode from 'vscode';

export interface Settings {
  regions: string[];
  showEmptyRegions: boolean;
  pollIntervalSeconds: number;
  refreshIntervalMinutes: number;
  maxConcurrentRequests: number;
  requestTimeoutSeconds: number;
  sandboxTransitionSeconds: number;
}

export function readSettings(): Settings {
  const config = vscode.workspace.getConfiguration('vpcPeering');
  return {
    regions: config.get<string[]>('regions', []).filter((r) => typeof r === 'string' && r.trim()).map((r) => r.trim()),
    showEmptyRegions: config.get<boolean>('showEmptyRegions', false),
    pollIntervalSeconds: clamp(config.get<number>('pollIntervalSeconds', 3), 1, 60),
    refreshIntervalMinutes: clamp(config.get<number>('refreshIntervalMinutes', 0), 0, 1440),
    maxConcurrentRequests: clamp(config.get<number>('maxConcurrentRequests', 32), 1, 64),
    requestTimeoutSeconds: clamp(config.get<number>('requestTimeoutSeconds', 15), 1, 120),
    sandboxTransitionSeconds: clamp(config.get<number>('sandbox.transitionSeconds', 2), 0, 60),
  };
}

export function watchSettings(onChange: (settings: Settings) => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('vpcPeering')) onChange(readSettings());
  });
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}

/** Reloads everything every N minutes while N > 0 (`vpcPeering.refreshIntervalMinutes`). */
export class PeriodicRefresh implements vscode.Disposable {
  private timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly refresh: () => void,
    minutes: number,
  ) {
    this.setIntervalMinutes(minutes);
  }

  setIntervalMinutes(minutes: number): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = minutes > 0 ? setInterval(this.refresh, minutes * 60_000) : undefined;
  }

  dispose(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
