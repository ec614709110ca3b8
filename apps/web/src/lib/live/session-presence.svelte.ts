/**
 * While a session is live, its page tells the server every half minute that she still has it
 * open (the facilitator's page asks every 15 seconds, so her count is fresh), and learns how
 * many members do: the count the facilitator sees follows who is really
 * there (a page closed or hidden stops counting after five minutes). Polling rather than
 * sockets: the count lives in Postgres, so it is the same on every API instance.
 */
export const PRESENCE_EVERY_MS = 30_000;
export const FACILITATOR_PRESENCE_EVERY_MS = 15_000;

export class SessionPresence {
  present = $state<number | null>(null);
  #timer: ReturnType<typeof setInterval> | null = null;
  readonly #sessionId: string;
  readonly #everyMs: number;

  constructor(sessionId: string, initial: number | null, everyMs = PRESENCE_EVERY_MS) {
    this.#sessionId = sessionId;
    this.present = initial;
    this.#everyMs = everyMs;
  }

  start() {
    if (this.#timer) return;
    const beat = () => {
      if (document.visibilityState === 'visible') void this.#beat();
    };
    beat();
    this.#timer = setInterval(beat, this.#everyMs);
  }

  stop() {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }

  async #beat() {
    const response = await fetch(`/api/sessions/${this.#sessionId}/presence`, {
      method: 'POST',
      credentials: 'same-origin',
    }).catch(() => null);
    if (!response?.ok) return;
    const body = (await response.json().catch(() => null)) as { present?: unknown } | null;
    if (typeof body?.present === 'number') this.present = body.present;
  }
}
