/**
 * Slow mode: one post per member every N seconds while a session is open. The server enforces
 * it (the page only shows the countdown), so this is the one rule both use.
 */
export const SLOW_MODE_MIN_SECONDS = 10;
export const SLOW_MODE_MAX_SECONDS = 600;

/** An interval a facilitator may choose: 0 (off) or 10 to 600 seconds. */
export const isSlowModeInterval = (seconds: number): boolean =>
  Number.isInteger(seconds) &&
  (seconds === 0 || (seconds >= SLOW_MODE_MIN_SECONDS && seconds <= SLOW_MODE_MAX_SECONDS));

/**
 * Whole seconds she must still wait before posting; 0 means she may post now.
 * `lastPostAt` is her last post in this session (null: none yet); an interval of 0 or less is
 * slow mode off. Rounded up, so "wait 1 second" is never reported as 0 while time remains.
 * A last post stamped after `now` (clocks of two servers disagreeing) counts as just now,
 * so the wait never exceeds the interval.
 */
export function slowModeWait(lastPostAt: Date | null, intervalSeconds: number, now: Date): number {
  if (lastPostAt === null || intervalSeconds <= 0) return 0;
  const elapsedMs = Math.max(0, now.getTime() - lastPostAt.getTime());
  const remainingMs = intervalSeconds * 1000 - elapsedMs;
  return remainingMs > 0 ? Math.ceil(remainingMs / 1000) : 0;
}
