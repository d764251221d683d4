/** Resolves after the event loop has gone round once: timers, sockets and other I/O get their turn. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

let lastTurn: Promise<void> = Promise.resolve();

/**
 * The next turn of whoever asks, one per round of the event loop, in order. Requests that
 * resume together would otherwise all run in the same round (their callbacks share one
 * check phase) and hold the loop for the sum of their work.
 */
export function nextTurn(): Promise<void> {
  const turn = lastTurn.then(yieldToEventLoop);
  lastTurn = turn;
  return turn;
}

/**
 * Turns for one request: statements it asks for while waiting share that wait, so a
 * resolver list's findUnique calls still reach Prisma together and are batched into one
 * query instead of one per parent. Other requests keep turns of their own.
 */
export function sharedTurnsOfOneRequest(): () => Promise<void> {
  let pending: Promise<void> | null = null;
  return () => {
    if (pending !== null) return pending;
    const turn = nextTurn();
    pending = turn;
    void turn.then(() => {
      if (pending === turn) pending = null;
    });
    return turn;
  };
}
