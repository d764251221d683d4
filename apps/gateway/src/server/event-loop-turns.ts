/** Resolves after the event loop has gone round once: timers, sockets and other I/O get their turn. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

let lastTurn: Promise<void> = Promise.resolve();
/** The turn handed out in the current run of microtasks, shared by everyone asking in it. */
let turnOfThisTick: Promise<void> | null = null;

/**
 * The next turn of whoever asks, one per round of the event loop, in order. Requests that
 * resume together would otherwise all run in the same round (their callbacks share one
 * check phase) and hold the loop for the sum of their work.
 */
export function nextTurn(): Promise<void> {
  // Statements asked for together (a resolver list's findUnique calls) share one turn, so
  // Prisma still batches them into one query instead of one per parent.
  if (turnOfThisTick !== null) return turnOfThisTick;
  const turn = lastTurn.then(yieldToEventLoop);
  lastTurn = turn;
  turnOfThisTick = turn;
  setImmediate(() => {
    if (turnOfThisTick === turn) turnOfThisTick = null;
  });
  return turn;
}
