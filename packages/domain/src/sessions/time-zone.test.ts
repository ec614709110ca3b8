import { describe, expect, it } from 'vitest';
import {
  addLocalDays,
  formatLocal,
  fromLocal,
  isValidTimeZone,
  localParts,
  offsetAt,
  parseLocalDateTime,
  resolveLocal,
} from './time-zone.ts';

const z = (iso: string) => new Date(iso);

describe('localParts', () => {
  it.each([
    ['2026-07-01T18:00:00Z', 'Europe/London', [2026, 7, 1, 19, 0, 3]],
    ['2026-12-01T19:00:00Z', 'Europe/London', [2026, 12, 1, 19, 0, 2]],
    ['2026-10-24T23:30:00Z', 'Europe/London', [2026, 10, 25, 0, 30, 0]], // BST: already Sunday
    ['2026-07-01T23:00:00Z', 'Europe/London', [2026, 7, 2, 0, 0, 4]], // midnight is hour 0, not 24
    ['2026-07-01T18:00:00Z', 'America/New_York', [2026, 7, 1, 14, 0, 3]],
    ['2026-07-01T18:00:00Z', 'Asia/Kolkata', [2026, 7, 1, 23, 30, 3]],
  ] as const)('%s in %s', (iso, tz, [year, month, day, hour, minute, weekday]) => {
    expect(localParts(z(iso), tz)).toEqual({ year, month, day, hour, minute, second: 0, weekday });
  });

  it('knows the offsets either side of the October change', () => {
    expect(offsetAt(z('2026-10-25T00:59:00Z').getTime(), 'Europe/London')).toBe(3_600_000);
    expect(offsetAt(z('2026-10-25T01:00:00Z').getTime(), 'Europe/London')).toBe(0);
  });
});

describe('fromLocal / resolveLocal', () => {
  it.each([
    ['2026-10-24T19:00', 'Europe/London', '2026-10-24T18:00:00.000Z', 'exact'],
    ['2026-10-25T19:00', 'Europe/London', '2026-10-25T19:00:00.000Z', 'exact'],
    ['2026-06-15T09:30', 'America/New_York', '2026-06-15T13:30:00.000Z', 'exact'],
    ['2026-12-15T09:30', 'America/New_York', '2026-12-15T14:30:00.000Z', 'exact'],
    ['2026-12-15T09:30', 'UTC', '2026-12-15T09:30:00.000Z', 'exact'],
    ['2026-12-15T09:30', 'Australia/Sydney', '2026-12-14T22:30:00.000Z', 'exact'],
    // Spring gap: 01:00 GMT jumps to 02:00 BST; 01:30 does not exist and moves forward to 02:30 BST.
    ['2026-03-29T01:30', 'Europe/London', '2026-03-29T01:30:00.000Z', 'gap'],
    ['2026-03-29T01:00', 'Europe/London', '2026-03-29T01:00:00.000Z', 'gap'],
    ['2026-03-29T02:00', 'Europe/London', '2026-03-29T01:00:00.000Z', 'exact'],
    // Autumn overlap: 01:30 happens twice; the earlier (BST) one is taken.
    ['2026-10-25T01:30', 'Europe/London', '2026-10-25T00:30:00.000Z', 'ambiguous'],
    ['2026-10-25T00:59', 'Europe/London', '2026-10-24T23:59:00.000Z', 'exact'],
    ['2026-10-25T02:00', 'Europe/London', '2026-10-25T02:00:00.000Z', 'exact'],
    // New York's own changes: 8 March (gap 02:00–03:00) and 1 November 2026 (01:00–02:00 twice).
    ['2026-03-08T02:30', 'America/New_York', '2026-03-08T07:30:00.000Z', 'gap'],
    ['2026-11-01T01:30', 'America/New_York', '2026-11-01T05:30:00.000Z', 'ambiguous'],
  ] as const)('%s in %s → %s (%s)', (local, tz, utc, resolution) => {
    const r = resolveLocal(local, tz);
    expect(r.instant.toISOString()).toBe(utc);
    expect(r.resolution).toBe(resolution);
    expect(fromLocal(local, tz).toISOString()).toBe(utc);
  });

  it('a gap time reads as the later wall time once resolved', () => {
    expect(formatLocal(fromLocal('2026-03-29T01:30', 'Europe/London'), 'Europe/London')).toBe('2026-03-29T02:30');
    expect(formatLocal(fromLocal('2026-03-08T02:30', 'America/New_York'), 'America/New_York')).toBe('2026-03-08T03:30');
  });

  it('round-trips every half hour of the year in London and New York (outside the gaps)', () => {
    for (const tz of ['Europe/London', 'America/New_York']) {
      let failures = 0;
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 30 * 60_000) {
        const local = formatLocal(new Date(t), tz);
        const back = resolveLocal(local, tz);
        // In an overlap the local time names two instants; the earlier is returned.
        if (back.resolution === 'ambiguous') {
          if (back.instant.getTime() > t) failures++;
        } else if (back.instant.getTime() !== t) failures++;
      }
      expect(failures, tz).toBe(0);
    }
  });

  it('refuses text that is not a date-time', () => {
    expect(() => fromLocal('2026-02-30T10:00', 'Europe/London')).toThrow(RangeError);
    expect(() => fromLocal('tomorrow', 'Europe/London')).toThrow(RangeError);
  });
});

describe('parsing and helpers', () => {
  it.each([
    ['2026-10-25T19:00', true],
    ['2026-10-25T19:00:30', true],
    ['2028-02-29T10:00', true],
    ['2026-02-29T10:00', false],
    ['2026-13-01T10:00', false],
    ['2026-10-25T24:00', false],
    ['2026-10-25 19:00', false],
    ['2026-10-25T19:00Z', false],
  ])('%s is a local date-time: %s', (text, ok) => {
    expect(parseLocalDateTime(text) !== null).toBe(ok);
  });

  it('adds calendar days, keeping the clock time', () => {
    expect(addLocalDays('2026-10-20T19:00', 7)).toBe('2026-10-27T19:00');
    expect(addLocalDays('2026-12-28T19:00', 14)).toBe('2027-01-11T19:00');
    expect(addLocalDays('2026-12-28', 7)).toBe('2027-01-04');
  });

  it('knows real time zones', () => {
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});
