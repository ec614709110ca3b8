import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { CheckOutBody, ScheduleSessionBody, SessionDetail } from '../schemas/sessions.ts';
import { validateScheduleRequest } from './schedule-input.ts';

const ctx = { timeZone: 'Europe/London', now: new Date('2026-10-01T12:00:00Z') };
const good: ScheduleSessionBody = {
  title: 'Evening circle',
  theme: 'Sleep',
  focusPrompt: 'What has helped you rest this week?',
  start: '2026-10-18T19:00',
  lengthMinutes: 60,
  capacity: 12,
  repeat: 'none',
};
const withBody = (patch: Record<string, unknown>) => ({ ...good, ...patch }) as ScheduleSessionBody;

describe('validateScheduleRequest: refusals name the field', () => {
  it.each([
    ['a title of two letters', { title: 'Hi' }, 'title'],
    ['a title of spaces', { title: '      ' }, 'title'],
    ['a title too long', { title: 'x'.repeat(121) }, 'title'],
    ['no theme', { theme: ' ' }, 'theme'],
    ['a theme too long', { theme: 'x'.repeat(81) }, 'theme'],
    ['no focus prompt', { focusPrompt: '' }, 'focusPrompt'],
    ['a focus prompt too long', { focusPrompt: 'x'.repeat(501) }, 'focusPrompt'],
    ['a start in the past', { start: '2026-09-30T19:00' }, 'start'],
    ['a start two minutes ago', { start: '2026-10-01T12:58' }, 'start'], // 11:58Z: BST
    ['a start that is not a date', { start: 'next Tuesday' }, 'start'],
    ['a start on 31 September', { start: '2026-09-31T19:00' }, 'start'],
    ['a start with a UTC offset', { start: '2026-10-18T19:00Z' }, 'start'],
    ['a start in the spring gap', { start: '2027-03-28T01:30' }, 'start'],
    ['a length of 0', { lengthMinutes: 0 }, 'lengthMinutes'],
    ['a length of 10', { lengthMinutes: 10 }, 'lengthMinutes'],
    ['a length of 241', { lengthMinutes: 241 }, 'lengthMinutes'],
    ['a length of 45.5', { lengthMinutes: 45.5 }, 'lengthMinutes'],
    ['a notice as long as the session', { lengthMinutes: 15, endingNoticeMinutes: 15 }, 'endingNoticeMinutes'],
    ['a notice of 31', { endingNoticeMinutes: 31 }, 'endingNoticeMinutes'],
    ['a capacity of 0', { capacity: 0 }, 'capacity'],
    ['a capacity of 201', { capacity: 201 }, 'capacity'],
    ['a guest without a name', { guest: { name: ' ', role: 'midwife' } }, 'guest.name'],
    ['a guest with an unknown role', { guest: { name: 'Sam', role: 'surgeon' } }, 'guest.role'],
    ['eleven resources', { resourceIds: Array.from({ length: 11 }, (_, i) => `r${i}`) }, 'resourceIds'],
    ['a resource twice', { resourceIds: ['a', 'a'] }, 'resourceIds'],
    ['an unknown repeat', { repeat: 'daily' }, 'repeat'],
    ['a weekly series with no end', { repeat: 'weekly' }, 'count'],
    ['a weekly series with count and until', { repeat: 'weekly', count: 3, until: '2026-12-20' }, 'until'],
    ['a count of 0', { repeat: 'weekly', count: 0 }, 'count'],
    ['a count of 53', { repeat: 'weekly', count: 53 }, 'count'],
    ['an end date before the start', { repeat: 'weekly', until: '2026-10-17' }, 'until'],
    ['an end date that is not a date', { repeat: 'weekly', until: '20/12/2026' }, 'until'],
    ['an end date giving 53 sessions', { repeat: 'weekly', until: '2027-10-17' }, 'until'],
  ])('%s → %s', (_name, patch, field) => {
    const result = validateScheduleRequest(withBody(patch), ctx);
    expect(result).toMatchObject({ ok: false, code: 'validation_failed', field });
    if (!result.ok) expect(result.message).toMatch(/[A-Z].{15,}/);
  });

  it('refuses an unknown group time zone', () => {
    expect(validateScheduleRequest(good, { ...ctx, timeZone: 'Europe/Atlantis' })).toMatchObject({ field: 'timeZone' });
  });

  it('says what to choose instead of a time that does not exist', () => {
    const r = validateScheduleRequest(withBody({ start: '2027-03-28T01:30' }), ctx);
    expect(!r.ok && r.message).toContain('for example 02:30');
  });
});

describe('validateScheduleRequest: accepted requests', () => {
  it('a one-off: trimmed text, the start in UTC, defaults filled in', () => {
    const r = validateScheduleRequest(withBody({ title: '  Evening circle  ', count: 4 }), ctx);
    if (!r.ok) throw new Error(r.message);
    expect(r.value).toMatchObject({
      title: 'Evening circle',
      endingNoticeMinutes: 10,
      guest: null,
      resourceIds: [],
      facilitatorId: null,
      timeZone: 'Europe/London',
    });
    expect(r.value.occurrences).toHaveLength(1); // count is ignored for a one-off
    expect(r.value.occurrences[0]?.startsAt.toISOString()).toBe('2026-10-18T18:00:00.000Z');
  });

  it('a start within the last minute is fine (the form was filled in "for now")', () => {
    expect(
      validateScheduleRequest(withBody({ start: '2026-10-01T13:00' }), {
        ...ctx,
        now: new Date('2026-10-01T12:00:40Z'),
      }).ok,
    ).toBe(true);
  });

  it('a weekly series by count crosses the clock change at 19:00 local', () => {
    const r = validateScheduleRequest(withBody({ repeat: 'weekly', count: 3 }), ctx);
    if (!r.ok) throw new Error(r.message);
    expect(r.value.occurrences.map((o) => o.startsAt.toISOString().slice(0, 16))).toEqual([
      '2026-10-18T18:00',
      '2026-10-25T19:00',
      '2026-11-01T19:00',
    ]);
  });

  it('a fortnightly series until a date (inclusive), through the Christmas holidays', () => {
    const r = validateScheduleRequest(withBody({ repeat: 'fortnightly', until: '2027-01-10' }), ctx);
    if (!r.ok) throw new Error(r.message);
    expect(r.value.occurrences.map((o) => o.localStart.slice(0, 10))).toEqual([
      '2026-10-18',
      '2026-11-01',
      '2026-11-15',
      '2026-11-29',
      '2026-12-13',
      '2026-12-27',
      '2027-01-10',
    ]);
  });

  it('an until on the day of the start gives one session; 52 weeks is the most', () => {
    const one = validateScheduleRequest(withBody({ repeat: 'weekly', until: '2026-10-18' }), ctx);
    expect(one.ok && one.value.occurrences).toHaveLength(1);
    const most = validateScheduleRequest(withBody({ repeat: 'weekly', until: '2027-10-10' }), ctx);
    expect(most.ok && most.value.occurrences).toHaveLength(52);
  });

  it('a guest professional, resources and an autumn-overlap start (the earlier 01:30)', () => {
    const r = validateScheduleRequest(
      withBody({
        start: '2026-10-25T01:30',
        guest: { name: ' Priya ', role: 'other', roleLabel: 'Perinatal psychologist', organisation: '  ' },
        resourceIds: ['r1', 'r2'],
        endingNoticeMinutes: 0,
      }),
      ctx,
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.value.guest).toEqual({ name: 'Priya', role: 'other', roleLabel: 'Perinatal psychologist' });
    expect(r.value.resourceIds).toEqual(['r1', 'r2']);
    expect(r.value.endingNoticeMinutes).toBe(0);
    expect(r.value.occurrences[0]?.startsAt.toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe('the TypeBox shapes the API uses', () => {
  const id = '0b7e7f2c-1f0e-4a55-9d1a-6a7d8c7c1e11';

  it('ScheduleSessionBody takes a good request and names what is wrong with a bad one', () => {
    expect(Value.Check(ScheduleSessionBody, { ...good, repeat: 'weekly', count: 3, resourceIds: [id] })).toBe(true);
    const bad = { ...good, start: '2026-10-18 19:00', capacity: 0, repeat: 'daily', extra: 1 };
    const paths = [...Value.Errors(ScheduleSessionBody, bad)].map((e) => e.instancePath);
    expect(paths).toEqual(expect.arrayContaining(['/start', '/capacity', '/repeat']));
  });

  it('CheckOutBody is ok or follow_up, with an optional note', () => {
    expect(Value.Check(CheckOutBody, { status: 'follow_up', note: 'a call please' })).toBe(true);
    expect(Value.Check(CheckOutBody, { status: 'maybe' })).toBe(false);
  });

  it('SessionDetail describes a whole session for one viewer', () => {
    const detail = {
      id,
      groupId: id,
      seriesId: null,
      occurrenceIndex: null,
      title: 'Evening circle',
      theme: 'Sleep',
      focusPrompt: 'What has helped?',
      state: 'open',
      startsAt: '2026-10-25T19:00:00.000Z',
      endsAt: '2026-10-25T20:00:00.000Z',
      timeZone: 'Europe/London',
      localStart: '2026-10-25T19:00',
      localEnd: '2026-10-25T20:00',
      timeOfDay: 'weekend',
      endingNoticeMinutes: 10,
      facilitator: { id, displayName: 'Jo' },
      guest: { name: 'Sam', role: 'midwife', badge: 'Midwife', organisation: null },
      capacity: 12,
      rsvps: { going: 5, waitlisted: 0 },
      threadId: id,
      resourceIds: [],
      slowModeSeconds: null,
      wrapUp: null,
      openedAt: '2026-10-25T18:55:00.000Z',
      closedAt: null,
      cancelledAt: null,
      myRsvp: { status: 'going', waitlistPosition: null },
      myCheckOut: null,
      abilities: { rsvp: true, control: false, manageLive: false, checkOut: false, seeAttendance: false },
    };
    expect([...Value.Errors(SessionDetail, detail)]).toEqual([]);
  });
});
