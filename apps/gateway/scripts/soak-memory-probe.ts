// Loaded into the gateway by `pnpm soak` only (node --expose-gc --import): answers the soak's
// "memory?" messages over the IPC channel with process.memoryUsage(), after a full garbage
// collection when asked, so the soak can tell memory that is kept from memory not yet collected,
// and with how long the event loop was held since the last question (p99 and longest delay).
import { monitorEventLoopDelay } from 'node:perf_hooks';

interface MemoryQuestion {
  readonly soak: 'memory';
  readonly collectFirst: boolean;
}

function isMemoryQuestion(message: unknown): message is MemoryQuestion {
  return typeof message === 'object' && message !== null && (message as { soak?: unknown }).soak === 'memory';
}

const collect = (globalThis as { gc?: () => void }).gc;
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

process.on('message', (message: unknown) => {
  if (!isMemoryQuestion(message)) return;
  if (message.collectFirst && collect) collect();
  const usage = process.memoryUsage();
  const loop = { loopP99Ms: loopDelay.percentile(99) / 1e6, loopMaxMs: loopDelay.max / 1e6 };
  loopDelay.reset();
  process.send?.({ soak: 'memory', collected: message.collectFirst && collect !== undefined, ...usage, ...loop });
});
// The channel must not keep the gateway alive once it has closed its server.
process.channel?.unref();
