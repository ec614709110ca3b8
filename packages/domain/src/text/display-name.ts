import { DISPLAY_NAME_MAX, DISPLAY_NAME_MIN } from '../schemas/users.ts';

const EMAIL_LIKE = /[^\s@]+@[^\s@]+\.[^\s@]+/;
/** Seven or more digits, allowing the spaces, dots, dashes and brackets people type in numbers. */
const PHONE_LIKE = /(?:\+?\d[\s().-]*){7,}/;
const ALLOWED = /^[\p{L}\p{N}][\p{L}\p{N} ._'-]*$/u;

/**
 * Display names protect privacy: no real name is asked, and a name that looks like an email
 * address or a phone number is refused so nobody puts contact details in public by accident.
 * Returns a message for the person, or null when the name is fine.
 */
export function displayNameProblem(raw: string): string | null {
  const name = normaliseDisplayName(raw);
  if (name.length < DISPLAY_NAME_MIN || name.length > DISPLAY_NAME_MAX) {
    return `Choose a display name of ${DISPLAY_NAME_MIN} to ${DISPLAY_NAME_MAX} characters.`;
  }
  if (EMAIL_LIKE.test(name) || name.includes('@')) return 'A display name cannot look like an email address.';
  if (PHONE_LIKE.test(name)) return 'A display name cannot look like a phone number.';
  if (!ALLOWED.test(name)) return "Use letters, numbers, spaces, and . _ ' - only, starting with a letter or number.";
  return null;
}

export const normaliseDisplayName = (raw: string): string => raw.normalize('NFC').trim().replace(/\s+/g, ' ');
