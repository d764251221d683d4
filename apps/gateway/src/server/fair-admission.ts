/** Gives the slot back; calling it twice gives back one slot only. */
export type Release = () => void;

/**
 * A client already has `limit` operations waiting for a slot: its next one is refused at
 * once instead of joining the end of its own queue, where it would wait for all of them.
 */
export class BacklogFullError extends Error {
  override readonly name = 'BacklogFullError';

  constructor(readonly limit: number) {
    super(`this client already has ${limit} operations waiting for a slot`);
  }
}

/**
 * At most `capacity` operations execute at once; the others wait, and a freed slot goes
 * to the waiting clients in turn (round robin), not to the oldest request. One client
 * with fifty requests in flight then waits behind itself: a PUBLIC caller with one
 * request waits for one slot per client ahead of it, not for the other client's fifty.
 * Without a bound every request runs at once, and each of its statements queues behind
 * all of theirs (event-loop turns, PGlite's single connection, the pool), so a request
 * takes longer the more statements it has and the more requests there are.
 *
 * A client waits behind itself, and without a bound on its own queue that wait has none:
 * sixty requests of one API key in flight waited over 10 s each in the soak, every one of
 * them timed out at the client. So at most `maxWaitingPerClient` of one client's operations
 * wait; the next is refused at once (BacklogFullError) and the client may retry when one of
 * its operations has finished. Nobody else's wait changes: they were never behind it.
 */
export class FairAdmission {
  #running = 0;
  /** Waiting requests per client; the Map's order is the round-robin order. */
  readonly #waiting = new Map<string, (() => void)[]>();

  constructor(
    readonly capacity: number,
    readonly maxWaitingPerClient = Number.POSITIVE_INFINITY,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer`);
    if (!(maxWaitingPerClient >= 1)) throw new RangeError(`maxWaitingPerClient must be at least 1`);
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

  /** Operations of `client` waiting for a slot. */
  waitingOf(client: string): number {
    return this.#waiting.get(client)?.length ?? 0;
  }

  /** True when `client`'s next operation would be refused: its queue is full. */
  isBacklogFull(client: string): boolean {
    return this.waitingOf(client) >= this.maxWaitingPerClient;
  }

  /**
   * Resolves with the slot's release once `client` may execute; rejects at once with
   * BacklogFullError when `client` already has `maxWaitingPerClient` operations waiting.
   */
  admit(client: string): Promise<Release> {
    if (this.#running < this.capacity && this.#waiting.size === 0) {
      this.#running += 1;
      return Promise.resolve(this.#releaseOnce());
    }
    if (this.isBacklogFull(client)) return Promise.reject(new BacklogFullError(this.maxWaitingPerClient));
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
