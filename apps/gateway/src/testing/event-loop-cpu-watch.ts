import { existsSync, readFileSync } from 'node:fs';

/** The event loop's stretches between two of its turns, in CPU time (see watchEventLoopCpu). */
export interface EventLoopCpuWatch {
  /** Stops watching; returns what was seen. */
  stop(): EventLoopCpuReport;
}

export interface EventLoopCpuReport {
  /** Turns seen (ticks of the 1 ms timer). */
  readonly turns: number;
  /** The CPU time of the longest stretch, in ms, and the wall time that stretch took. */
  readonly longestCpuMs: number;
  readonly longestWallMs: number;
  /** Stretches of more than `thresholdMs` of CPU time. */
  readonly over: number;
  /** CPU time of the event loop's thread while watched, in ms. */
  readonly cpuMs: number;
}

/** Linux: the calling thread's time on a CPU, in nanoseconds, is the first field of this file. */
const THREAD_SCHEDSTAT = '/proc/thread-self/schedstat';
const hasThreadSchedstat = existsSync(THREAD_SCHEDSTAT);

/**
 * CPU time of the thread that runs the event loop, in ms. On Linux from the scheduler's
 * own account of this thread (nanoseconds); elsewhere the whole process's (user and
 * system), which also counts V8's garbage-collector helper threads and so can only make a
 * stretch look longer than it was.
 */
export function loopThreadCpuMs(): number {
  if (hasThreadSchedstat) return Number(readFileSync(THREAD_SCHEDSTAT, 'utf8').split(' ', 1)[0]) / 1e6;
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * Watches how long the event loop is held, in CPU time instead of wall time. A 1 ms timer
 * notes the loop thread's CPU time at every tick: the CPU spent between two ticks is the
 * work that ran between two turns of the loop, which nothing else on this thread could
 * interrupt (statements of an embedded database on this thread and garbage collection
 * pauses included). Wall time (perf_hooks.monitorEventLoopDelay) counts that work and also
 * every moment the machine gave the core to other processes, so on two cores shared by
 * twenty busy processes the same 20 ms of work shows as 200 ms; CPU time does not grow with
 * the machine's load.
 */
export function watchEventLoopCpu(thresholdMs: number): EventLoopCpuWatch {
  const startCpu = loopThreadCpuMs();
  let lastCpu = startCpu;
  let lastWall = performance.now();
  let turns = 0;
  let longestCpuMs = 0;
  let longestWallMs = 0;
  let over = 0;
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    const cpu = loopThreadCpuMs();
    const wall = performance.now();
    const stretch = cpu - lastCpu;
    turns += 1;
    if (stretch > longestCpuMs) {
      longestCpuMs = stretch;
      longestWallMs = wall - lastWall;
    }
    if (stretch > thresholdMs) over += 1;
    lastCpu = cpu;
    lastWall = wall;
    timer = setTimeout(tick, 1);
  };
  timer = setTimeout(tick, 1);
  return {
    stop() {
      clearTimeout(timer);
      tick();
      clearTimeout(timer);
      return { turns, longestCpuMs, longestWallMs, over, cpuMs: loopThreadCpuMs() - startCpu };
    },
  };
}
