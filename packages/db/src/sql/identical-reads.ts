type Read = () => Promise<unknown[]>;

interface Pending {
  readonly promise: Promise<unknown[]>;
  readonly resolve: (rows: unknown[]) => void;
  readonly reject: (error: unknown) => void;
}

/** A text and parameters being read: the statement to run after the running one, if anyone asked meanwhile. */
interface Running {
  next: Pending | undefined;
}

/**
 * Identical reads (same statement text and parameters) asked while one of them runs share
 * the next statement instead of running one each. A caller never joins a statement that
 * began before it asked: it waits for the running one to end and joins the one that starts
 * then, so it sees every write committed before it asked (nothing is kept afterwards: this
 * is not a cache). Under load, requests for the same page then cost one round trip per
 * batch instead of one each (issue 13).
 */
export class IdenticalReads {
  readonly #running = new Map<string, Running>();

  /** `read` runs the statement; the rows may be shared by several callers and must not be changed. */
  run<Row>(text: string, params: readonly unknown[], read: () => Promise<Row[]>): Promise<Row[]> {
    const key = `${JSON.stringify(params)}\u0000${text}`;
    const running = this.#running.get(key);
    if (running === undefined) return this.#start(key, { next: undefined }, read) as Promise<Row[]>;
    // Joined with the next statement; the first caller's `read` runs it: every caller's is the same.
    running.next ??= deferred();
    return running.next.promise as Promise<Row[]>;
  }

  #start(key: string, running: Running, read: Read): Promise<unknown[]> {
    this.#running.set(key, running);
    const rows = read();
    const settled = () => {
      const next = running.next;
      if (next === undefined) {
        this.#running.delete(key);
        return;
      }
      this.#start(key, { next: undefined }, read).then(next.resolve, next.reject);
    };
    rows.then(settled, settled);
    return rows;
  }
}

function deferred(): Pending {
  let resolve!: (rows: unknown[]) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<unknown[]>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return { promise, resolve, reject };
}
