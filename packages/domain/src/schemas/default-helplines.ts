import type { Helpline } from './helplines.ts';

/**
 * The service's defaults (as the first migration seeds them). The help page falls back to
 * these when the API cannot be reached, so a person in crisis never sees an empty page.
 */
export const defaultHelplines: Helpline[] = [
  {
    id: '00000000-0000-4000-8000-000000000999',
    name: 'Emergency services',
    description: 'If you or your baby are in danger right now, or you might act on thoughts of harming yourself.',
    phone: '999',
    textNumber: null,
    textMessage: null,
    url: null,
    hours: '24 hours',
  },
  {
    id: '00000000-0000-4000-8000-000000000111',
    name: 'NHS 111, option 2',
    description: 'Urgent mental-health help from your local NHS crisis team.',
    phone: '111',
    textNumber: null,
    textMessage: null,
    url: 'https://111.nhs.uk',
    hours: '24 hours',
  },
  {
    id: '00000000-0000-4000-8000-000000116123',
    name: 'Samaritans',
    description: 'Someone to talk to, whatever you are going through.',
    phone: '116 123',
    textNumber: null,
    textMessage: null,
    url: 'https://www.samaritans.org',
    hours: '24 hours, free',
  },
  {
    id: '00000000-0000-4000-8000-000000085258',
    name: 'Shout',
    description: 'Text support if talking feels too much.',
    phone: null,
    textNumber: '85258',
    textMessage: 'SHOUT',
    url: 'https://giveusashout.org',
    hours: '24 hours, free',
  },
];
