// Times as people read them: the API's ISO timestamps (2025-01-10T08:00:00Z) become local time
// with a hint of how far off it is ("2025-01-10 16:00 (in 3 days)"), so nobody converts time zones
// or counts days in their head. Pure: the caller passes "now", so the explorer, the page and the
// reports agree and tests can fix it.

import { countOf } from './countText';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `2025-01-10 16:00` in the local time zone, or undefined when `iso` is not a time. */
export function localTime(iso: string): string | undefined {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${two(time.getMonth() + 1)}-${two(time.getDate())} ${two(time.getHours())}:${two(time.getMinutes())}`;
}

/** How far `iso` is from `now`, in the largest whole unit: "3 days", "1 hour", "5 minutes". */
function distance(ms: number): string | undefined {
  if (ms < MINUTE) return undefined;
  if (ms < HOUR) return countOf(Math.floor(ms / MINUTE), 'minute', 'minutes');
  if (ms < DAY) return countOf(Math.floor(ms / HOUR), 'hour', 'hours');
  if (ms < 30 * DAY) return countOf(Math.floor(ms / DAY), 'day', 'days');
  if (ms < 365 * DAY) return countOf(Math.floor(ms / (30 * DAY)), 'month', 'months');
  return countOf(Math.floor(ms / (365 * DAY)), 'year', 'years');
}

/** "in 3 days", "2 hours ago", "just now" (within a minute); undefined when `iso` is not a time. */
export function relativeTime(iso: string, now: number | Date): string | undefined {
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return undefined;
  const delta = time - Number(now);
  const far = distance(Math.abs(delta));
  if (!far) return 'just now';
  return delta > 0 ? `in ${far}` : `${far} ago`;
}

/** `2025-01-10 16:00 (in 3 days)`; text that is not a time is shown as it came. */
export function timeText(iso: string, now: number | Date): string {
  const local = localTime(iso);
  return local ? `${local} (${relativeTime(iso, now)})` : iso;
}

/** An acceptance deadline: "expires in 3 days" ahead of `now`, "expired 2 hours ago" past it. */
export function expiryHint(iso: string, now: number | Date): string | undefined {
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return undefined;
  const delta = time - Number(now);
  const far = distance(Math.abs(delta));
  if (delta > 0) return far ? `expires in ${far}` : 'expires in less than a minute';
  return far ? `expired ${far} ago` : 'expired just now';
}

/** `2025-01-10 16:00 (expires in 3 days)`; text that is not a time is shown as it came. */
export function expiryText(iso: string, now: number | Date): string {
  const local = localTime(iso);
  return local ? `${local} (${expiryHint(iso, now)})` : iso;
}
