import type { Helpline, RestrictionView } from '@village/domain';

/**
 * Dates are written for a UK service in UK time on the server and in the browser alike, so a
 * page rendered by the server reads the same once it comes alive in the browser.
 */
const TIME_ZONE = 'Europe/London';

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE });
}

/** "just now", "5 minutes ago", "3 hours ago", "2 days ago" */
export function formatAge(iso: string, now: number): string {
  const minutes = Math.floor((now - Date.parse(iso)) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  const days = Math.floor(hours / 24);
  return `${days} days ago`;
}

/** How long until (or since) an item is due: "due in 12 minutes" or "Overdue by 3 minutes". */
export function formatDue(iso: string, now: number): { overdue: boolean; text: string } {
  const minutes = Math.round((Date.parse(iso) - now) / 60_000);
  if (minutes >= 0) return { overdue: false, text: `due in ${describeMinutes(Math.max(1, minutes))}` };
  return { overdue: true, text: `Overdue by ${describeMinutes(-minutes)}` };
}

/** 1 minute, 45 minutes, an hour, 5 hours, 2 days */
export function describeMinutes(minutes: number): string {
  const m = Math.max(1, Math.round(minutes));
  if (m < 60) return `${m} minute${m === 1 ? '' : 's'}`;
  const hours = Math.round(m / 60);
  if (hours < 48) return hours === 1 ? 'an hour' : `${hours} hours`;
  return `${Math.round(hours / 24)} days`;
}

/** What a restricted member reads: until when (a ban has no end date) and why. */
export function restrictionSentence(r: RestrictionView): string {
  const why = r.reason.trim().replace(/[.\s]+$/, '');
  if (r.kind === 'ban' || r.until === null) {
    return `You can't post in Village any more, and this has no end date, because: ${why}.`;
  }
  return `You can't post until ${formatDateTime(r.until)} because: ${why}.`;
}

export const restrictionTitles: Record<RestrictionView['kind'], string> = {
  mute: 'You are muted for now',
  suspension: 'Your account is suspended for now',
  ban: 'Your account has been banned',
};

export interface ContactLink {
  href: string;
  label: string;
}

/** The ways to reach a helpline as links a thumb can hit: call, text, website. */
export function helplineLinks(h: Helpline): ContactLink[] {
  const links: ContactLink[] = [];
  const dial = (n: string) => n.replace(/[^\d+]/g, '');
  if (h.phone && dial(h.phone)) links.push({ href: `tel:${dial(h.phone)}`, label: `Call ${h.phone}` });
  if (h.textNumber && dial(h.textNumber)) {
    const body = h.textMessage ? `?&body=${encodeURIComponent(h.textMessage)}` : '';
    links.push({
      href: `sms:${dial(h.textNumber)}${body}`,
      label: h.textMessage ? `Text ${h.textMessage} to ${h.textNumber}` : `Text ${h.textNumber}`,
    });
  }
  if (h.url && /^https?:\/\//i.test(h.url)) links.push({ href: h.url, label: 'Visit their website' });
  return links;
}

/** Links that come from the API are followed only when they stay on this site. */
export function sameSiteLink(link: string | null | undefined): string | null {
  return link?.startsWith('/') && !link.startsWith('//') && !link.startsWith('/\\') ? link : null;
}

/** "12 March 2027", in UK time. */
export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: TIME_ZONE });
}
