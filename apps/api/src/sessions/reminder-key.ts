import { keyStamp } from '@village/domain';

/** A reminder's job id, derived from the session, the kind and when it is due (catalog.ts). */
export const reminderKey = (sessionId: string, kind: '24h' | '15m', dueAt: Date): string =>
  `session-reminder-${sessionId}-${kind}-${keyStamp(dueAt)}`;
