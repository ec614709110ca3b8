import type { SiteRole } from '@village/domain';

/**
 * The demo accounts. Their password is printed by `pnpm dev`, so these accounts exist only in
 * demo data: `pnpm village seed` refuses to run with NODE_ENV=production.
 */
export const DEMO_PASSWORD = 'welcome-to-village';

export interface DemoAccount {
  key: string;
  email: string;
  displayName: string;
  role: SiteRole;
  /** what the account shows off, printed beside its email */
  note: string;
}

const account = (key: string, displayName: string, role: SiteRole, note: string): DemoAccount => ({
  key,
  email: `${key}@village.test`,
  displayName,
  role,
  note,
});

export const demoAccounts = [
  account('admin', 'VillageAdmin', 'admin', 'admin'),
  account('moderator', 'KindModerator', 'moderator', 'moderator'),
  account('facilitator', 'HarbourLights', 'member', 'facilitator of three groups; leads the demo sessions'),
  account('sleepless', 'SleeplessInLeeds', 'member', 'member; asked to join the evening group'),
  account('bump', 'BumpAndCoffee', 'member', 'member'),
  account('rainy', 'RainyDayMama', 'member', 'member'),
  account('tea', 'TeaAt3am', 'member', 'member'),
  account('socks', 'TinySocksMum', 'member', 'member'),
  account('twounder', 'MumOfTwoUnderTwo', 'member', 'member'),
  account('toddler', 'ToddlerTamer', 'member', 'member'),
  account('lunchbox', 'LunchboxAndLaptop', 'member', 'member; part-way through facilitator training'),
] as const satisfies readonly DemoAccount[];

export type DemoKey = (typeof demoAccounts)[number]['key'];

/** The seed is recognised by its admin: if this account exists, the demo data is there. */
export const SEED_MARKER_EMAIL = 'admin@village.test';
