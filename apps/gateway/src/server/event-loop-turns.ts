/**
 * How long one round of the event loop may go on starting operations and statements
 * before the next ones wait for a later round. Each had a round of its own: for the
 * partner centres query that was about 75 us of CPU per request (two rounds each),
 * a sixth of it (issue 13). 2 ms is far below the longest block the event-loop probe
 * allows (event-loop-probe.test.ts, 50 ms) and holds several cheap reads.
 */
export const SLICE_MS = 2;

/** When the slice of the current round began; undefined once the round reached its check phase. */
let sliceStartedAt: number | undefined;
/** Turns waiting for a later round: while any wait, newcomers queue behind them. */
let waiting = 0;

function endSlice(): void {
  sliceStartedAt = undefined;
}

/** Whether the current round's slice has time left, starting one if none runs. */
function sliceLasts(): boolean {
  if (sliceStartedAt === undefined) {
    sliceStartedAt = performance.now();
    // setImmediate runs in this round's check phase (or the next round's, when set from one).
    setImmediate(endSlice);
    return true;
  }
  return performance.now() - sliceStartedAt < SLICE_MS;
}

/** Resolves in the first check phase whose slice has time left; set in order, they resolve in order. */
function waitForSlice(): Promise<void> {
  waiting += 1;
  return new Promise((resolve) => {
    setImmediate(function take() {
      if (!sliceLasts()) {
        setImmediate(take);
        return;
      }
      waiting -= 1;
      resolve();
    });
  });
}

/**
 * The caller's turn on the event loop: undefined (go on now) while the current round's
 * slice lasts and nobody waits, else a promise that resolves in a later round, in order.
 * Operations and statements that resume together would otherwise all run in the same
 * round (their callbacks share one check phase) and hold the loop for the sum of their
 * work; past SLICE_MS, each waits for a round with time left, one slice per round.
 */
export function nextTurn(): Promise<void> | undefined {
  if (waiting === 0 && sliceLasts()) return undefined;
  return waitForSlice();
}

const NOW: Promise<void> = Promise.resolve();

/**
 * Turns for one request: statements it asks for in one go share one turn, so a resolver
 * list's findUnique calls still reach Prisma together and are batched into one query
 * instead of one per parent. Other requests keep turns of their own.
 */
export function sharedTurnsOfOneRequest(): () => Promise<void> {
  let pending: Promise<void> | null = null;
  return () => {
    if (pending !== null) return pending;
    // Going on now is shared too, until the statements asked in this go have been sent.
    const turn = nextTurn() ?? NOW;
    pending = turn;
    void turn.then(() => {
      if (pending === turn) pending = null;
    });
    return turn;
  };
}
