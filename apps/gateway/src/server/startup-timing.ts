import { readFileSync } from 'node:fs';
import { cpuUsage, memoryUsage } from 'node:process';
import type { Server } from 'node:http';
import type { Logger } from 'pino';

export interface StartupTiming {
  /** Records that `phase` just ended. */
  mark(phase: string): void;
  /** Logs the phases once the server has answered its first request ('startup timing'). */
  reportAfterFirstAnswer(server: Server): void;
}

/**
 * CPU ms of the calling thread (the event loop's) so far, from Linux's
 * /proc/thread-self/schedstat (nanoseconds on a CPU first); undefined elsewhere.
 */
function threadCpuMs(): number | undefined {
  try {
    return Math.round(Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6);
  } catch {
    return undefined;
  }
}

const NOT_TIMED: StartupTiming = { mark: () => undefined, reportAfterFirstAnswer: () => undefined };

/**
 * Where a start spends its time (STARTUP_TIMING=true; issue 13's 1.5 s target): each phase's
 * wall-clock end since the process began (performance.now counts from there, so module
 * loading before main() is included) and the CPU time used by then (all threads: PGlite's
 * and Prisma's WebAssembly compile in the background). CPU time says what the start costs
 * on a machine whose cores are shared; wall time is what a user waits. mainCpuMs is the
 * main thread's share (the event loop's: module loading, PostgreSQL's and Prisma's
 * WebAssembly running, schema building); the rest is V8's background threads (WebAssembly
 * compiling, concurrent garbage collection). With the memory in use at the first answer.
 */
export function startupTiming(enabled: boolean, logger: Logger): StartupTiming {
  if (!enabled) return NOT_TIMED;
  const phases: { phase: string; ms: number; cpuMs: number; mainCpuMs?: number }[] = [];
  const mark = (phase: string) => {
    const cpu = cpuUsage();
    const mainCpuMs = threadCpuMs();
    phases.push({
      phase,
      ms: Math.round(performance.now()),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      ...(mainCpuMs === undefined ? {} : { mainCpuMs }),
    });
  };
  return {
    mark,
    reportAfterFirstAnswer(server) {
      server.once('request', (_request, response) => {
        response.once('finish', () => {
          mark('first answer');
          // Where the resident memory is (issue 13's 300 MB target): V8's heap, and outside it
          // (external: Buffers and, mostly, PGlite's and Prisma's WebAssembly memories).
          const { rss, heapTotal, heapUsed, external, arrayBuffers } = memoryUsage();
          const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
          const memoryMb = {
            rss: mb(rss),
            heapTotal: mb(heapTotal),
            heapUsed: mb(heapUsed),
            external: mb(external),
            arrayBuffers: mb(arrayBuffers),
          };
          logger.info({ phases, memoryMb }, 'startup timing');
        });
      });
    },
  };
}
