// The messages between the page and the re-layout worker. The worker runs our own bundle and is
// given only graph data, but its answers are still checked before the page uses them.

import type { Positions } from '../../model/graph';
import type { RelayoutInput } from './regionRelayout';

/** Page → worker. */
export interface RelayoutRequest {
  type: 'relayout';
  runId: number;
  input: RelayoutInput;
  positions: Positions;
}

/** Worker → page. */
export type RelayoutReply =
  /** The worker's script is running (the page may release the script's blob URL). */
  | { type: 'ready' }
  | { type: 'progress'; runId: number; done: number; total: number; regionId: string }
  | { type: 'done'; runId: number; positions: Positions }
  | { type: 'failed'; runId: number; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

function isPositions(value: unknown): value is Positions {
  return isRecord(value) && Object.values(value).every((p) => isRecord(p) && Number.isFinite(p.x) && Number.isFinite(p.y));
}

export function parseRelayoutReply(value: unknown): RelayoutReply | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'ready':
      return { type: 'ready' };
    case 'progress':
      return isCount(value.runId) && isCount(value.done) && isCount(value.total) && typeof value.regionId === 'string' ? (value as RelayoutReply) : undefined;
    case 'done':
      return isCount(value.runId) && isPositions(value.positions) ? (value as RelayoutReply) : undefined;
    case 'failed':
      return isCount(value.runId) && typeof value.message === 'string' ? (value as RelayoutReply) : undefined;
    default:
      return undefined;
  }
}
