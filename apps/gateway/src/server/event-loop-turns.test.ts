import { setImmediate as nextRound } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { nextTurn, sharedTurnsOfOneRequest, SLICE_MS } from './event-loop-turns';

/** Holds the event loop, as an operation's synchronous part does. */
function work(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy
  }
}

/** A fresh round: the slice of the previous one has ended and nobody waits. */
async function freshRound(): Promise<void> {
  await nextRound();
  await nextRound();
}

describe('event-loop turns', () => {
  it('lets callers go on at once while the round has run less than SLICE_MS', async () => {
    await freshRound();
    expect(nextTurn()).toBeUndefined();
    expect(nextTurn()).toBeUndefined();
  });

  it('makes callers wait for a later round once the slice is spent, and lets them go in order', async () => {
    await freshRound();
    expect(nextTurn()).toBeUndefined();
    work(SLICE_MS + 1);
    const started: number[] = [];
    const turns = [1, 2, 3].map((caller) => {
      const turn = nextTurn();
      expect(turn).toBeInstanceOf(Promise);
      return turn!.then(() => {
        started.push(caller);
        // Each spends a slice: the next one gets a round of its own.
        work(SLICE_MS + 1);
      });
    });
    await Promise.all(turns);
    expect(started).toEqual([1, 2, 3]);
  });

  it('starts a new slice in a later round, once the waiting turns have gone', async () => {
    await freshRound();
    expect(nextTurn()).toBeUndefined();
    work(SLICE_MS + 1);
    const order: string[] = [];
    const waiting = nextTurn()!.then(() => order.push('waiting'));
    await freshRound();
    expect(order).toEqual(['waiting']);
    expect(nextTurn()).toBeUndefined();
    await waiting;
  });

  it('gives the statements one request asks for in one go one turn, spent slice or not', async () => {
    await freshRound();
    const turns = sharedTurnsOfOneRequest();
    const [first, second] = [turns(), turns()];
    expect(second).toBe(first);
    await first;
    work(SLICE_MS + 1);
    const [third, fourth] = [turns(), turns()];
    expect(third).not.toBe(first);
    expect(fourth).toBe(third);
    await Promise.all([third, fourth]);
  });
});
