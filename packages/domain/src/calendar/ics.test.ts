import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type CalendarEvent, escapeText, foldLine, icsDateTime, toICalendar } from './ics.ts';

const now = new Date('2026-10-20T08:00:00Z');
const event = (patch: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: 'session-1@village.example',
  startsAt: new Date('2026-10-25T19:00:00Z'),
  endsAt: new Date('2026-10-25T20:00:00Z'),
  summary: 'Evening circle: sleep',
  description: 'What has helped you rest this week?',
  url: 'https://village.example/sessions/1',
  status: 'CONFIRMED',
  sequence: 0,
  updatedAt: new Date('2026-10-01T10:00:00Z'),
  ...patch,
});

// RFC 5545 §3.8.8.2: an X- property's default value type is TEXT, which Apple and Google apply
// to X-WR-CALNAME; ical.js leaves unknown properties raw unless told, so tell it.
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' };

/** Parse with a real iCalendar library, as a calendar client would. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((v) => ({
    component: v,
    event: new ICAL.Event(v),
  }));
  return { calendar, events };
}

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('toICalendar', () => {
  const ics = toICalendar({
    name: 'Village: Evening circle',
    now,
    events: [
      event(),
      event({
        uid: 'session-2@village.example',
        status: 'CANCELLED',
        sequence: 2,
        startsAt: new Date('2026-11-01T19:00:00Z'),
        endsAt: new Date('2026-11-01T20:00:00Z'),
      }),
    ],
  });

  it('parses, with the calendar properties clients need', () => {
    const { calendar, events } = parse(ics);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Village//Facilitated sessions//EN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Village: Evening circle');
    expect(events).toHaveLength(2);
  });

  it('writes each occurrence in UTC with its stamp, status and sequence', () => {
    const { events } = parse(ics);
    const [first, cancelled] = events;
    expect(first!.event.uid).toBe('session-1@village.example');
    expect(first!.event.summary).toBe('Evening circle: sleep');
    expect(first!.event.startDate.toJSDate().toISOString()).toBe('2026-10-25T19:00:00.000Z');
    expect(first!.event.endDate.toJSDate().toISOString()).toBe('2026-10-25T20:00:00.000Z');
    expect(first!.event.startDate.zone?.tzid).toBe('UTC');
    expect(first!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(first!.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-10-20T08:00:00Z');
    expect(first!.component.getFirstPropertyValue('last-modified')?.toString()).toBe('2026-10-01T10:00:00Z');
    expect(first!.component.getFirstPropertyValue('url')).toBe('https://village.example/sessions/1');
    expect(cancelled!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled!.event.sequence).toBe(2);
  });

  it('puts the link at the end of the description too', () => {
    expect(parse(ics).events[0]!.event.description).toBe(
      'What has helped you rest this week?\n\nhttps://village.example/sessions/1',
    );
  });

  it('uses CRLF only, ends with one, and keeps every line within 75 octets', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('an empty feed is still a valid calendar', () => {
    const { calendar, events } = parse(toICalendar({ name: 'Nothing yet', events: [], now }));
    expect(calendar.name).toBe('vcalendar');
    expect(events).toHaveLength(0);
  });
});

describe('escaping and folding', () => {
  const tricky = 'Back\\slash; semi, comma\nnew line\r\nWindows line\rold Mac line';
  const multibyte =
    'Croeso 👋🏽 — paned a sgwrs. Cześć! Ça va? مرحبا بكم. 👩‍👧‍👦 Mae’r sesiwn hon i famau newydd: 睡眠 ' +
    'and a long tail so the line folds several times over, with ünïcödé everywhere ✨✨✨✨✨✨✨✨✨✨';

  it('round-trips TEXT with \\ ; , and every kind of line break through a real parser', () => {
    const { events, calendar } = parse(
      toICalendar({
        name: 'Mums, dads; and \\ others',
        now,
        events: [event({ summary: tricky, description: tricky, url: undefined })],
      }),
    );
    const expected = 'Back\\slash; semi, comma\nnew line\nWindows line\nold Mac line';
    expect(events[0]!.event.summary).toBe(expected);
    expect(events[0]!.event.description).toBe(expected);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Mums, dads; and \\ others');
  });

  it('folds a long multibyte description without cutting a character, and it round-trips', () => {
    const ics = toICalendar({ name: 'Cymraeg', now, events: [event({ description: multibyte, url: undefined })] });
    const lines = ics.split('\r\n');
    const folded = lines.filter((l) => l.startsWith(' '));
    expect(folded.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      // a cut multi-byte sequence would decode to U+FFFD
      expect(new TextDecoder().decode(new TextEncoder().encode(line))).not.toContain('\uFFFD');
      expect(line).not.toMatch(/[\uD800-\uDBFF]$/); // never a lone high surrogate at a line end
    }
    expect(parse(ics).events[0]!.event.description).toBe(multibyte);
  });

  it('foldLine: 75 octets stay on one line, 76 fold, continuation lines count their space', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    const long = foldLine('y'.repeat(75 + 74 + 1)).split('\r\n');
    expect(long.map((l) => l.length)).toEqual([75, 75, 2]);
    // a 4-octet emoji that would straddle octet 75 moves whole to the next line
    expect(foldLine(`${'z'.repeat(73)}😀`).split('\r\n')).toEqual(['z'.repeat(73), ' 😀']);
  });

  it('escapeText drops control characters TEXT may not hold', () => {
    expect(escapeText('a\u0007b\tc')).toBe('ab\tc');
  });

  it('icsDateTime is the UTC form', () => {
    expect(icsDateTime(new Date('2026-10-25T19:00:00.500Z'))).toBe('20261025T190000Z');
  });
});
