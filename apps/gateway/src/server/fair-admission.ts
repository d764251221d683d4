/** Gives the slot back; calling it twice gives back one slot only. */
export type Release = () => void;

/**
 * At most `capacity` operations execute at once; the others wait, and a freed slot goes
 * to the waiting clients in turn (round robin), not to the oldest request. One client
 * with fifty requests in flight then waits behind itself: a PUBLIC caller with one
 * request waits for one slot per client ahead of it, not for the other client's fifty.
 * Without a bound every request runs at once, and each of its statements queues behind
 * all of theirs (event-loop turns, PGlite's single connection, the pool), so a request
 * takes longer the more statements it has and the more requests there are.
 */
export class FairAdmission {
  #running = 0;
  /** Waiting requests per client; the Map's order is the round-robin order. */
  readonly #waiting = new Map<string, (() => void)[]>();

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer`);
  }

  /** Operations executing now. */
  get running(): number {
    return this.#running;
  }

  /** Operations waiting for a slot. */
  get waiting(): number {
    let count = 0;
    for (const queue of this.#waiting.values()) count += queue.length;
    return count;
  }

  /** Resolves with the slot's release once `client` may execute. */
  admit(client: string): Promise<Release> {
    if (this.#running < this.capacity && this.#waiting.size === 0) {
      this.#running += 1;
      return Promise.resolve(this.#releaseOnce());
    }
    return new Promise((resolve) => {
      const queue = this.#waiting.get(client);
      const start = () => resolve(this.#releaseOnce());
      if (queue) queue.push(start);
      else this.#waiting.set(client, [start]);
    });
  }

  #releaseOnce(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#running -= 1;
      this.#startNext();
    };
  }

  /** The first client in turn starts its oldest request, then goes to the back of the line. */
  #startNext(): void {
    const next = this.#waiting.entries().next();
    if (next.done === true || this.#running >= this.capacity) return;
    const [client, queue] = next.value;
    const start = queue.shift();
    this.#waiting.delete(client);
    if (queue.length > 0) this.#waiting.set(client, queue);
    this.#running += 1;
    start?.();
  }
}
