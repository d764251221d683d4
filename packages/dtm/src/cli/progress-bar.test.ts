import { describe, expect, it } from 'vitest';
import { createProgressBar } from './progress-bar';

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, isTTY, write: (text: string) => writes.push(text) };
}

describe('createProgressBar', () => {
  it('prints one plain line per quarter when stderr is not a terminal', () => {
    const out = stream(false);
    const bar = createProgressBar(out, 'import');
    for (let done = 0; done <= 100; done += 5) bar.update(done, 100);
    bar.finish('100 rows');
    expect(out.writes).toEqual([
      'import: 0%\n',
      'import: 25%\n',
      'import: 50%\n',
      'import: 75%\n',
      'import: 100% (100 rows)\n',
    ]);
  });

  it('redraws one line in place on a terminal', () => {
    const out = stream(true);
    const bar = createProgressBar(out, 'sync');
    bar.update(1, 4, 'fetching');
    bar.finish();
    expect(out.writes[0]).toMatch(/^\rsync \[#{8}-{22}\] {2}25% fetching/);
    expect(out.writes.at(-1)).toMatch(/^\rsync \[#{30}\] 100%.*\n$/);
    expect(out.writes.join('')).not.toMatch(/\n.*\n/);
  });
});
