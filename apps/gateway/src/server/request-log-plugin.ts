import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { GatewayContext } from '../context';

/** One structured log line per executed operation: what, who (role only), how long, whether it failed. */
export function requestLogPlugin(logger: Logger): Plugin<GatewayContext> {
  return {
    onExecute({ args }) {
      const started = performance.now();
      const context = args.contextValue;
      return {
        onExecuteDone({ result }) {
          const errors = 'errors' in result && Array.isArray(result.errors) ? result.errors.length : 0;
          logger.info(
            {
              requestId: context.requestId,
              operation: args.operationName ?? null,
              role: context.viewer.role,
              locale: context.locale,
              durationMs: Math.round(performance.now() - started),
              errors,
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
