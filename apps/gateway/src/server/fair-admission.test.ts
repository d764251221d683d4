import { describe, expect, it } from 'vitest';
import { FairAdmission, type Release } from './fair-admission';

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

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new FairAdmission(0)).toThrow(/capacity/);
  });
});
