import { describe, expect, it } from 'vitest';
import { BacklogFullError, FairAdmission, type Release } from './fair-admission';

/** Lets every promise callback that is ready run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('fair admission', () => {
  it('runs at most `capacity` operations at once and starts the next when one is released', async () => {
    const admission = new FairAdmission(2);
    const first = await admission.admit('a');
    await admission.admit('a');
    let third: Release | undefined;
    void admission.admit('a').then((release) => (third = release));
    await settle();
    expect(admission.running).toBe(2);
    expect(admission.waiting).toBe(1);
    expect(third).toBeUndefined();
    first();
    first(); // a second call gives back nothing more
    await settle();
    expect(third).toBeDefined();
    expect(admission.running).toBe(2);
    expect(admission.waiting).toBe(0);
  });

  it('gives freed slots to waiting clients in turn: one request of another client waits for one slot, not for fifty', async () => {
    const admission = new FairAdmission(1);
    const running = await admission.admit('busy key');
    const started: string[] = [];
    const releases: Release[] = [];
    const ask = (client: string, label: string) =>
      void admission.admit(client).then((release) => {
        started.push(label);
        releases.push(release);
      });
    for (let n = 0; n < 50; n += 1) ask('busy key', `busy ${n}`);
    ask('public address', 'public');
    ask('partner key', 'partner 0');
    ask('partner key', 'partner 1');
    running();
    for (let n = 0; n < 6; n += 1) {
      await settle();
      releases.shift()?.();
    }
    await settle();
    expect(started.slice(0, 7)).toEqual(['busy 0', 'public', 'partner 0', 'busy 1', 'partner 1', 'busy 2', 'busy 3']);
  });

  it('refuses at once the operation of a client that already has maxWaitingPerClient waiting; other clients still wait their turn', async () => {
    const admission = new FairAdmission(1, 2);
    const running = await admission.admit('busy key');
    const outcomes: string[] = [];
    const ask = (client: string, label: string) =>
      admission.admit(client).then(
        (release) => {
          outcomes.push(`${label} started`);
          release();
        },
        (error: unknown) => {
          outcomes.push(`${label} refused`);
          expect(error).toBeInstanceOf(BacklogFullError);
          expect((error as BacklogFullError).limit).toBe(2);
        },
      );
    const asked = [ask('busy key', 'busy 1'), ask('busy key', 'busy 2')];
    expect(admission.isBacklogFull('busy key')).toBe(true);
    expect(admission.isBacklogFull('partner key')).toBe(false);
    asked.push(ask('busy key', 'busy 3'), ask('partner key', 'partner'), ask('busy key', 'busy 4'));
    // Refused before any slot is freed: the refusals do not wait.
    await settle();
    expect(outcomes).toEqual(['busy 3 refused', 'busy 4 refused']);
    expect(admission.waitingOf('busy key')).toBe(2);
    expect(admission.waitingOf('partner key')).toBe(1);
    running();
    await Promise.all(asked);
    expect(outcomes.slice(2)).toEqual(['busy 1 started', 'partner started', 'busy 2 started']);
    // Once its queue has room again, the client is admitted as before.
    expect(admission.isBacklogFull('busy key')).toBe(false);
    (await admission.admit('busy key'))();
  });

  it('refuses a capacity that is not a positive integer, and a client queue of less than one', () => {
    expect(() => new FairAdmission(0)).toThrow(/capacity/);
    expect(() => new FairAdmission(1, 0)).toThrow(/maxWaitingPerClient/);
  });
});
