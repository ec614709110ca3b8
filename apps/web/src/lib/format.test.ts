import type { Helpline } from '@village/domain';
import { describe, expect, it } from 'vitest';
import { describeMinutes, formatAge, formatDue, helplineLinks, restrictionSentence, sameSiteLink } from './format.ts';

const helpline = (extra: Partial<Helpline>): Helpline => ({
  id: '11111111-1111-4111-8111-111111111111',
  name: 'Line',
  description: '',
  phone: null,
  textNumber: null,
  textMessage: null,
  url: null,
  hours: null,
  ...extra,
});

describe('helplineLinks', () => {
  it('dials the digits of a phone number', () => {
    expect(helplineLinks(helpline({ phone: '116 123' }))).toEqual([{ href: 'tel:116123', label: 'Call 116 123' }]);
  });
  it('texts with the message filled in', () => {
    expect(helplineLinks(helpline({ textNumber: '85258', textMessage: 'SHOUT' }))).toEqual([
      { href: 'sms:85258?&body=SHOUT', label: 'Text SHOUT to 85258' },
    ]);
    expect(helplineLinks(helpline({ textNumber: '85258', textMessage: 'help me' }))[0]?.href).toBe(
      'sms:85258?&body=help%20me',
    );
  });
  it('links only to web addresses', () => {
    expect(helplineLinks(helpline({ url: 'https://example.org' }))).toEqual([
      { href: 'https://example.org', label: 'Visit their website' },
    ]);
    expect(helplineLinks(helpline({ url: 'javascript:alert(1)' }))).toEqual([]);
  });
});

describe('times', () => {
  const now = Date.parse('2026-11-22T12:00:00.000Z');
  it('says how long ago', () => {
    expect(formatAge('2026-11-22T11:59:40.000Z', now)).toBe('just now');
    expect(formatAge('2026-11-22T11:59:00.000Z', now)).toBe('1 minute ago');
    expect(formatAge('2026-11-22T09:00:00.000Z', now)).toBe('3 hours ago');
    expect(formatAge('2026-11-19T12:00:00.000Z', now)).toBe('3 days ago');
  });
  it('says when an item is due or how overdue it is', () => {
    expect(formatDue('2026-11-22T12:10:00.000Z', now)).toEqual({ overdue: false, text: 'due in 10 minutes' });
    expect(formatDue('2026-11-22T11:30:00.000Z', now)).toEqual({ overdue: true, text: 'Overdue by 30 minutes' });
  });
  it('describes minutes the way people say them', () => {
    expect(describeMinutes(15)).toBe('15 minutes');
    expect(describeMinutes(60)).toBe('an hour');
    expect(describeMinutes(240)).toBe('4 hours');
    expect(describeMinutes(4320)).toBe('3 days');
  });
});

describe('restrictionSentence', () => {
  it('says until when and why', () => {
    expect(restrictionSentence({ kind: 'mute', reason: 'Unkind replies.', until: '2026-11-23T10:00:00.000Z' })).toBe(
      "You can't post until 23 November 2026 at 10:00 because: Unkind replies.",
    );
  });
  it('says a ban has no end date', () => {
    expect(restrictionSentence({ kind: 'ban', reason: 'Spam', until: null })).toContain('no end date');
  });
});

describe('sameSiteLink', () => {
  it('keeps paths on this site only', () => {
    expect(sameSiteLink('/threads/1')).toBe('/threads/1');
    expect(sameSiteLink('//evil.example')).toBeNull();
    expect(sameSiteLink('https://evil.example')).toBeNull();
    expect(sameSiteLink(null)).toBeNull();
  });
});
