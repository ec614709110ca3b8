import type { SessionDetail, SessionView } from '@village/domain';

/** Sessions are shown on the group's own clock, whatever the reader's device says. */
export function zoneName(timeZone: string): string {
  return timeZone === 'Europe/London' ? 'UK time' : timeZone.replace(/_/g, ' ');
}

/** "Tuesday 24 November, 19:00 to 20:00 (UK time)" */
export function sessionWhen(session: Pick<SessionView, 'startsAt' | 'endsAt' | 'timeZone'>): string {
  const day = new Date(session.startsAt).toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: session.timeZone,
  });
  return `${day}, ${clock(session.startsAt, session.timeZone)} to ${clock(session.endsAt, session.timeZone)} (${zoneName(session.timeZone)})`;
}

export function clock(iso: string, timeZone: string): string {
  return new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone });
}

/** "with a midwife" from the guest's badge */
export function guestPhrase(badge: string): string {
  const lower = badge.toLowerCase();
  return `with ${/^[aeiou]/.test(lower) ? 'an' : 'a'} ${lower}`;
}

export function placesText(session: Pick<SessionView, 'capacity' | 'rsvps'>): string {
  const left = session.capacity - session.rsvps.going;
  if (left > 0) return `${left} place${left === 1 ? '' : 's'} left`;
  const waiting = session.rsvps.waitlisted;
  return waiting > 0 ? `Full · ${waiting} on the waiting list` : 'Full · waiting list open';
}

export function myRsvpText(session: Pick<SessionDetail, 'myRsvp'>): string | null {
  if (!session.myRsvp) return null;
  if (session.myRsvp.status === 'going') return "You're going";
  const pos = session.myRsvp.waitlistPosition;
  return pos ? `You're on the waiting list (number ${pos})` : "You're on the waiting list";
}

export const stateLabels: Record<SessionView['state'], string> = {
  scheduled: 'Coming up',
  open: 'Open now',
  ending: 'Ending soon',
  closed: 'Closed',
  cancelled: 'Cancelled',
};
