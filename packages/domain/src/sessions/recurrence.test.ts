import { describe, expect, it } from 'vitest';
import { occurrences, type Series, seriesLength, withinSeriesLimit } from './recurrence.ts';
import { formatLocal } from './time-zone.ts';

const iso = (d: Date) => d.toISOString().slice(0, 16);

// Tuesdays are irrelevant to the clock change; Sunday 25 October 2026 is the UK's change.
const weeklyLondon: Series = {
  firstStart: '2026-10-11T19:00',
  timeZone: 'Europe/London',
  lengthMinutes: 60,
  repeat: 'weekly',
  count: 4,
};

describe('a weekly 19:00 London series across the 25 October 2026 clock change', () => {
  const list = occurrences(weeklyLondon, { count: 10 });

  it('stays at 19:00 local while its UTC time moves from 18:00Z to 19:00Z', () => {
    expect(list.map((o) => iso(o.startsAt))).toEqual([
      '2026-10-11T18:00',
      '2026-10-18T18:00',
      '2026-10-25T19:00',
      '2026-11-01T19:00',
    ]);
    expect(list.map((o) => o.localStart)).toEqual([
      '2026-10-11T19:00',
      '2026-10-18T19:00',
      '2026-10-25T19:00',
      '2026-11-01T19:00',
    ]);
  });

  it('ends each occurrence its length later, numbered from 0, none cancelled', () => {
    expect(list.map((o) => [o.index, iso(o.endsAt), o.cancelled])).toEqual([
      [0, '2026-10-11T19:00', false],
      [1, '2026-10-18T19:00', false],
      [2, '2026-10-25T20:00', false],
      [3, '2026-11-01T20:00', false],
    ]);
  });

  it('and back again across the March change', () => {
    const spring = occurrences({ ...weeklyLondon, firstStart: '2027-03-21T19:00', count: 2 }, { count: 2 });
    expect(spring.map((o) => iso(o.startsAt))).toEqual(['2027-03-21T19:00', '2027-03-28T18:00']);
  });
});

describe('repeat kinds and bounds', () => {
  it('fortnightly steps 14 local days', () => {
    const list = occurrences({ ...weeklyLondon, repeat: 'fortnightly', count: 3 }, { count: 3 });
    expect(list.map((o) => o.localStart)).toEqual(['2026-10-11T19:00', '2026-10-25T19:00', '2026-11-08T19:00']);
  });

  it('a one-off has exactly one occurrence whatever count says', () => {
    const once: Series = { ...weeklyLondon, repeat: 'none', count: 5 };
    expect(seriesLength(once)).toBe(1);
    expect(occurrences(once, { count: 5 })).toHaveLength(1);
  });

  it('until is an inclusive local date', () => {
    const s: Series = { ...weeklyLondon, count: undefined, until: '2026-11-01' };
    expect(seriesLength(s)).toBe(4);
    expect(seriesLength({ ...s, until: '2026-10-31' })).toBe(3);
    expect(seriesLength({ ...s, until: '2026-10-11' })).toBe(1);
    expect(seriesLength({ ...s, until: '2026-10-10' })).toBe(0);
    expect(occurrences(s, { count: 99 }).at(-1)?.localStart).toBe('2026-11-01T19:00');
  });

  it('count and until together: whichever ends first', () => {
    expect(seriesLength({ ...weeklyLondon, count: 2, until: '2026-12-31' })).toBe(2);
    expect(seriesLength({ ...weeklyLondon, count: 20, until: '2026-10-25' })).toBe(3);
  });

  it('a series without count or until is open-ended and only answers bounded windows', () => {
    const open: Series = { ...weeklyLondon, count: undefined };
    expect(seriesLength(open)).toBeNull();
    expect(withinSeriesLimit(open)).toBe(false);
    expect(occurrences(open, { count: 3 })).toHaveLength(3);
  });

  it('keeps to 52 occurrences at most', () => {
    expect(withinSeriesLimit({ ...weeklyLondon, count: 52 })).toBe(true);
    expect(withinSeriesLimit({ ...weeklyLondon, count: undefined, until: '2027-10-03' })).toBe(true); // 52nd
    expect(withinSeriesLimit({ ...weeklyLondon, count: undefined, until: '2027-10-10' })).toBe(false);
  });
});

describe('windows and cancellations', () => {
  const term: Series = { ...weeklyLondon, count: undefined, until: '2027-03-28', cancelled: [2, 10] };

  it('lists occurrences overlapping [from, to), including one already under way at `from`', () => {
    const list = occurrences(term, { from: new Date('2026-10-25T19:30:00Z'), to: new Date('2026-11-15T19:00:00Z') });
    expect(list.map((o) => o.index)).toEqual([2, 3, 4]); // 15 Nov 19:00Z is excluded: `to` is exclusive
  });

  it('jumps straight to a late window without walking the whole series', () => {
    const list = occurrences(term, { from: new Date('2027-03-20T00:00:00Z'), to: new Date('2027-04-30T00:00:00Z') });
    expect(list.map((o) => [o.index, o.localStart])).toEqual([
      [23, '2027-03-21T19:00'],
      [24, '2027-03-28T19:00'],
    ]);
  });

  it('runs through the school holidays and marks (not drops) cancelled occurrences', () => {
    const list = occurrences(term, { count: 12 });
    // 25 Oct is half term and 20 Dec–3 Jan the Christmas holidays: all still listed.
    expect(list.map((o) => o.localStart.slice(0, 10))).toContain('2026-12-27');
    expect(list.filter((o) => o.cancelled).map((o) => o.localStart)).toEqual(['2026-10-25T19:00', '2026-12-20T19:00']);
  });

  it('an empty or reversed window is empty', () => {
    const t = new Date('2026-11-01T00:00:00Z');
    expect(occurrences(term, { from: t, to: t })).toEqual([]);
  });

  it('a one-off in and out of a window', () => {
    const once: Series = { ...weeklyLondon, repeat: 'none' };
    expect(
      occurrences(once, { from: new Date('2026-10-11T18:30:00Z'), to: new Date('2026-10-12T00:00:00Z') }),
    ).toHaveLength(1);
    expect(
      occurrences(once, { from: new Date('2026-10-11T19:00:00Z'), to: new Date('2026-10-12T00:00:00Z') }),
    ).toHaveLength(0);
  });
});

describe('clock-change nights', () => {
  it('a 01:30 weekly series moves to 02:30 on the night 01:30 does not exist, and back after', () => {
    const night: Series = {
      firstStart: '2026-03-22T01:30',
      timeZone: 'Europe/London',
      lengthMinutes: 60,
      repeat: 'weekly',
      count: 3,
    };
    const list = occurrences(night, { count: 3 });
    expect(list.map((o) => o.localStart)).toEqual(['2026-03-22T01:30', '2026-03-29T02:30', '2026-04-05T01:30']);
    expect(list.map((o) => iso(o.startsAt))).toEqual(['2026-03-22T01:30', '2026-03-29T01:30', '2026-04-05T00:30']);
  });

  it('a 01:30 session on the October night takes the first 01:30 (BST) and lasts its full length', () => {
    const [o] = occurrences(
      { firstStart: '2026-10-25T01:30', timeZone: 'Europe/London', lengthMinutes: 60, repeat: 'none' },
      { count: 1 },
    );
    expect(iso(o!.startsAt)).toBe('2026-10-25T00:30');
    expect(formatLocal(o!.endsAt, 'Europe/London')).toBe('2026-10-25T01:30'); // the second 01:30, an hour later
  });

  it('New York keeps its local time across its own November change', () => {
    const ny: Series = {
      firstStart: '2026-10-25T18:30',
      timeZone: 'America/New_York',
      lengthMinutes: 90,
      repeat: 'weekly',
      count: 3,
    };
    const list = occurrences(ny, { count: 3 });
    expect(list.map((o) => o.localStart)).toEqual(['2026-10-25T18:30', '2026-11-01T18:30', '2026-11-08T18:30']);
    expect(list.map((o) => iso(o.startsAt))).toEqual(['2026-10-25T22:30', '2026-11-01T23:30', '2026-11-08T23:30']);
  });

  it('between the UK and US changes a London series is 5 hours from New York, 4 otherwise', () => {
    const london = occurrences({ ...weeklyLondon, firstStart: '2026-10-18T19:00', count: 3 }, { count: 3 });
    const ny = london.map((o) => formatLocal(o.startsAt, 'America/New_York').slice(11));
    expect(ny).toEqual(['14:00', '15:00', '14:00']);
  });
});
