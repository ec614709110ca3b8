export type ThrottleVerdict = 'ok' | 'throttled' | 'drop' | 'close';

/**
 * A fixed-window message counter per socket: pure, so it is tested without sockets.
 *
 * Up to `burst` messages per window are handled. The first one over gets 'throttled' (the
 * socket is told once), the rest of that window 'drop' (ignored). A socket that keeps going
 * after being told (another `burst` in the same window) or that goes over in `maxStrikes`
 * windows gets 'close': a flood is not something to keep answering.
 */
export class MessageThrottle {
  #windowStart = Number.NEGATIVE_INFINITY;
  #count = 0;
  #strikes = 0;
  readonly #burst: number;
  readonly #windowMs: number;
  readonly #maxStrikes: number;

  constructor(burst: number, windowMs: number, maxStrikes = 3) {
    this.#burst = burst;
    this.#windowMs = windowMs;
    this.#maxStrikes = maxStrikes;
  }

  take(now = Date.now()): ThrottleVerdict {
    if (now - this.#windowStart >= this.#windowMs) {
      this.#windowStart = now;
      this.#count = 0;
    }
    this.#count++;
    if (this.#count <= this.#burst) return 'ok';
    if (this.#count === this.#burst + 1) {
      this.#strikes++;
      return this.#strikes >= this.#maxStrikes ? 'close' : 'throttled';
    }
    return this.#count > 2 * this.#burst ? 'close' : 'drop';
  }

  /** windows in which the socket went over the limit */
  get strikes(): number {
    return this.#strikes;
  }
}
