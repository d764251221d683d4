export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface ProgressBar {
  /** `done` of `total` (any unit), with a short note such as "12,000 rows". */
  update(done: number, total: number, note?: string): void;
  finish(note?: string): void;
}

const WIDTH = 30;
const REDRAW_MS = 100;

/**
 * A progress bar on stderr. On a terminal it redraws one line in place (at most ten
 * times a second); elsewhere (CI logs, files) it prints a plain line at each quarter,
 * so logs stay short and readable.
 */
export function createProgressBar(stream: ProgressStream, label: string): ProgressBar {
  let lastDraw = 0;
  let lastQuarter = -1;
  let drawn = false;
  const line = (done: number, total: number, note: string) => {
    const ratio = total > 0 ? Math.min(1, done / total) : 0;
    const filled = Math.round(ratio * WIDTH);
    return `${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}%${note ? ` ${note}` : ''}`;
  };
  return {
    update(done, total, note = '') {
      if (stream.isTTY) {
        const now = Date.now();
        if (now - lastDraw < REDRAW_MS) return;
        lastDraw = now;
        stream.write(`\r${line(done, total, note)}\u001b[K`);
        drawn = true;
        return;
      }
      const quarter = total > 0 ? Math.floor((Math.min(done, total) / total) * 4) : 0;
      if (quarter > lastQuarter && quarter < 4) {
        lastQuarter = quarter;
        stream.write(`${label}: ${quarter * 25}%${note ? ` (${note})` : ''}\n`);
      }
    },
    finish(note = '') {
      if (stream.isTTY) stream.write(`${drawn ? '\r' : ''}${line(1, 1, note)}\u001b[K\n`);
      else stream.write(`${label}: 100%${note ? ` (${note})` : ''}\n`);
    },
  };
}
