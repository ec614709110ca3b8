/**
 * A fixed-window message counter per socket: pure, so it is tested without sockets.
 * `strikes` counts windows in which the socket went over, so a persistent flood can be closed.
 */
export class MessageThrottle {
  #windowStart = 0;
  #count = 0;
  strikes = 0;
  readonly #burst: number;
  readonly #windowMs: number;

  constructor(burst: number, windowMs: number) {
    this.#burst = burst;
    this.#windowMs = windowMs;
  }

  /** 'ok' to handle, 'throttled' the first time over the limit in a window, 'drop' after that. */
  take(now = Date.now()): 'ok' | 'throttled' | 'drop' {
    if (now - this.#windowStart >= this.#windowMs) {
      this.#windowStart = now;
      this.#count = 0;
    }
    this.#count++;
    if (this.#count <= this.#burst) return 'ok';
    if (this.#count === this.#burst + 1) {
      this.strikes++;
      return 'throttled';
    }
    return 'drop';
  }
}
