// Time as the emulator sees it. Every state transition is computed from `now()` rather than from
// timers, so a test can run the whole state machine on a clock it moves by hand and nothing is
// left scheduled when the emulator closes.

export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that stands still until told to move; for tests of expiry and transition timing. */
export class ManualClock implements Clock {
  constructor(private current = Date.parse('2026-01-01T00:00:00Z')) {}

  now(): number {
    return this.current;
  }

  advance(ms: number): void {
    this.current += ms;
  }

  set(epochMs: number): void {
    this.current = epochMs;
  }
}

/**
 * Wire format of every Alibaba Cloud timestamp the emulated APIs return: `2026-01-01T00:00:00Z`.
 * A listing page writes hundreds of them, mostly the same few seconds (a generated world is made
 * in one instant), so the texts of recent seconds are kept.
 */
export function isoSeconds(epochMs: number): string {
  const seconds = Math.floor(epochMs / 1000);
  let text = recentIsoSeconds.get(seconds);
  if (text === undefined) {
    text = new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
    if (recentIsoSeconds.size >= RECENT_ISO_SECONDS) recentIsoSeconds.clear();
    recentIsoSeconds.set(seconds, text);
  }
  return text;
}

const RECENT_ISO_SECONDS = 65_536;
const recentIsoSeconds = new Map<number, string>();
