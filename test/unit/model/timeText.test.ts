import assert from 'node:assert/strict';
import { expiryHint, expiryText, localTime, relativeTime, timeText } from '../../../src/model/timeText';

// Local time depends on the zone the process runs in: fix one (UTC+8, no daylight saving).
const NOW = Date.parse('2025-01-07T08:00:00Z');

describe('timeText', () => {
  let savedZone: string | undefined;
  before(() => {
    savedZone = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
  });
  after(() => {
    if (savedZone === undefined) delete process.env.TZ;
    else process.env.TZ = savedZone;
  });

  it('shows an ISO time in local time, to the minute', () => {
    assert.equal(localTime('2025-01-10T08:00:00Z'), '2025-01-10 16:00');
    assert.equal(localTime('2025-01-10T23:30:00Z'), '2025-01-11 07:30');
  });

  it('adds how far off the time is, future and past', () => {
    assert.equal(timeText('2025-01-10T08:00:00Z', NOW), '2025-01-10 16:00 (in 3 days)');
    assert.equal(timeText('2025-01-07T06:00:00Z', NOW), '2025-01-07 14:00 (2 hours ago)');
    assert.equal(relativeTime('2025-01-07T08:00:20Z', NOW), 'just now');
  });

  it('uses the largest whole unit with the right plural', () => {
    assert.equal(relativeTime('2025-01-07T09:00:00Z', NOW), 'in 1 hour');
    assert.equal(relativeTime('2025-01-07T07:59:00Z', NOW), '1 minute ago');
    assert.equal(relativeTime('2025-01-06T08:00:00Z', NOW), '1 day ago');
    assert.equal(relativeTime('2024-11-01T08:00:00Z', NOW), '2 months ago');
    assert.equal(relativeTime('2023-01-01T08:00:00Z', NOW), '2 years ago');
  });

  it('says an acceptance deadline expires or expired', () => {
    assert.equal(expiryHint('2025-01-10T08:00:00Z', NOW), 'expires in 3 days');
    assert.equal(expiryHint('2025-01-07T06:00:00Z', NOW), 'expired 2 hours ago');
    assert.equal(expiryText('2025-01-10T08:00:00Z', NOW), '2025-01-10 16:00 (expires in 3 days)');
  });

  it('shows text that is not a time as it came', () => {
    assert.equal(timeText('soon', NOW), 'soon');
    assert.equal(expiryText('', NOW), '');
    assert.equal(relativeTime('soon', NOW), undefined);
  });
});
