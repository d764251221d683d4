import type { PGlite } from '@electric-sql/pglite';

/** Resolves after the event loop has gone round once: timers, sockets and other I/O get their turn. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

let lastTurn: Promise<void> = Promise.resolve();

/**
 * The next statement's turn: one turn per round of the event loop, in order. Without the
 * queue, every request waiting would run its statement in the same round (all their
 * setImmediate callbacks run in one check phase), which blocks for all of them at once.
 */
function nextTurn(): Promise<void> {
  const turn = lastTurn.then(yieldToEventLoop);
  lastTurn = turn;
  return turn;
}

type Queryable = Pick<PGlite, 'query' | 'exec'>;

/**
 * PGlite runs every statement synchronously on this thread, and its promises resolve as
 * microtasks: a stream of statements from concurrent requests never lets the event loop
 * reach its timers and sockets (a PUBLIC probe waited for all of them). This view of a
 * PGlite instance runs at most one statement per round of the event loop, inside
 * transactions too, so the loop is held for one statement at a time.
 */
export function yieldingBetweenStatements<T extends Queryable>(target: T): T {
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== 'function') return value;
      if (property === 'query' || property === 'exec') {
        return async (...args: unknown[]) => {
          await nextTurn();
          return (value as (...a: unknown[]) => unknown).apply(object, args);
        };
      }
      if (property === 'transaction') {
        return async (work: (tx: Queryable) => unknown) => {
          await nextTurn();
          return (value as (w: (tx: Queryable) => unknown) => unknown).call(object, (tx: Queryable) =>
            work(yieldingBetweenStatements(tx)),
          );
        };
      }
      return (value as (...a: unknown[]) => unknown).bind(object);
    },
  });
}
