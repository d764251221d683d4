import { cpuUsage } from 'node:process';
import type { Server } from 'node:http';
import type { Logger } from 'pino';

export interface StartupTiming {
  /** Records that `phase` just ended. */
  mark(phase: string): void;
  /** Logs the phases once the server has answered its first request ('startup timing'). */
  reportAfterFirstAnswer(server: Server): void;
}

const NOT_TIMED: StartupTiming = { mark: () => undefined, reportAfterFirstAnswer: () => undefined };

/**
 * Where a start spends its time (STARTUP_TIMING=true; issue 13's 1.5 s target): each phase's
 * wall-clock end since the process began (performance.now counts from there, so module
 * loading before main() is included) and the CPU time used by then (all threads: PGlite's
 * and Prisma's WebAssembly compile in the background). CPU time says what the start costs
 * on a machine whose cores are shared; wall time is what a user waits.
 */
export function startupTiming(enabled: boolean, logger: Logger): StartupTiming {
  if (!enabled) return NOT_TIMED;
  const phases: { phase: string; ms: number; cpuMs: number }[] = [];
  const mark = (phase: string) => {
    const cpu = cpuUsage();
    phases.push({ phase, ms: Math.round(performance.now()), cpuMs: Math.round((cpu.user + cpu.system) / 1000) });
  };
  return {
    mark,
    reportAfterFirstAnswer(server) {
      server.once('request', (_request, response) => {
        response.once('finish', () => {
          mark('first answer');
          logger.info({ phases }, 'startup timing');
        });
      });
    },
  };
}
