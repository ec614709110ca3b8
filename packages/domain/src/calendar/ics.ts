/**
 * iCalendar (RFC 5545) feeds: one per member (a private, revocable link) and one per group.
 * Subscribed calendars poll the feed, so a cancelled occurrence must stay in it, marked
 * `STATUS:CANCELLED` with a higher `SEQUENCE`, or the member's calendar keeps showing it.
 *
 * Times are written in UTC (`…Z`): every client converts them to the reader's zone, and we
 * need no VTIMEZONE blocks. Each occurrence is its own VEVENT with its own UID (not an RRULE),
 * because occurrences are cancelled, extended and moved one by one.
 *
 * Pure: the caller passes `now` (DTSTAMP) and builds the events from the rows.
 */
export interface CalendarEvent {
  /** stable and globally unique, e.g. `session-<id>@<host>`: clients match updates on it */
  uid: string;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  description?: string;
  /** the session page; also appended to the description, as some clients never show URL */
  url?: string;
  status: 'CONFIRMED' | 'CANCELLED';
  /** bump on every change a member should see (time, cancellation) */
  sequence: number;
  updatedAt: Date;
}

export interface CalendarFeed {
  /** shown by clients as the calendar's name (X-WR-CALNAME) */
  name: string;
  events: readonly CalendarEvent[];
  now: Date;
  /** how often clients should poll; default 60 minutes */
  refreshMinutes?: number;
}

export const PRODID = '-//Village//Facilitated sessions//EN';
const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** `20261025T190000Z`: the UTC form of DATE-TIME (RFC 5545 §3.3.5). */
export function icsDateTime(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** C0 controls and DEL: TEXT may hold none but HTAB (line breaks are escaped first). */
const isControl = (ch: string): boolean => {
  const c = ch.codePointAt(0) ?? 0;
  return (c < 0x20 && ch !== '\t') || c === 0x7f;
};
const dropControls = (value: string): string =>
  Array.from(value)
    .filter((ch) => !isControl(ch))
    .join('');

/**
 * TEXT escaping (§3.3.11): backslash, semicolon and comma get a backslash, every kind of line
 * break becomes `\n`. Other control characters are not allowed in TEXT, so they are dropped.
 */
export function escapeText(value: string): string {
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => dropControls(line).replace(/[\\;,]/g, (c) => `\\${c}`))
    .join('\\n');
}

/** URIs are not TEXT: nothing is escaped, but a line break, space or control would break the line. */
const cleanUri = (value: string): string => dropControls(value).replace(/\s/g, '');

const utf8Octets = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Folds a content line at 75 octets (§3.1): CRLF then a space, which counts towards the next
 * line's 75. Splits only between code points, so a multi-byte character is never cut in half
 * (an emoji made of several code points may be split between them; unfolding rejoins it).
 */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const ch of line) {
    const n = utf8Octets(ch.codePointAt(0) ?? 0);
    if (octets + n > MAX_OCTETS) {
      out += `${CRLF} `;
      octets = 1;
    }
    out += ch;
    octets += n;
  }
  return out;
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const description = [event.description?.trim(), event.url ? cleanUri(event.url) : undefined]
    .filter(Boolean)
    .join('\n\n');
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${icsDateTime(event.startsAt)}`,
    `DTEND:${icsDateTime(event.endsAt)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  if (event.url) lines.push(`URL:${cleanUri(event.url)}`);
  lines.push(
    `STATUS:${event.status}`,
    `SEQUENCE:${Math.max(0, Math.trunc(event.sequence))}`,
    `LAST-MODIFIED:${icsDateTime(event.updatedAt)}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
  );
  return lines;
}

/** The whole feed as one string, CRLF line endings, ending with a CRLF. */
export function toICalendar(feed: CalendarFeed): string {
  const stamp = icsDateTime(feed.now);
  const refresh = Math.max(15, Math.trunc(feed.refreshMinutes ?? 60));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(feed.name)}`,
    // RFC 7986's polling hint, and the older one Outlook and Apple read.
    `REFRESH-INTERVAL;VALUE=DURATION:PT${refresh}M`,
    `X-PUBLISHED-TTL:PT${refresh}M`,
    ...feed.events.flatMap((e) => eventLines(e, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
