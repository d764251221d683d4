#!/usr/bin/env node
// crc-dtm-local-server: the local DTM API server of the tests, run on its own so that
// `crc-dtm sync` can be tried without access to the real DTM API.
import { parseArgs } from 'node:util';
import { startLocalDtmServer } from './testing/local-dtm-server';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4600' }, key: { type: 'string' }, help: { type: 'boolean' } },
});
if (values.help) {
  console.log(
    'Usage: crc-dtm-local-server [--port 4600] [--key <subscription key>]  (key default: DTM_SUBSCRIPTION_KEY or "local-demo-key")',
  );
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be a port number, got ${JSON.stringify(values.port)}`);
  process.exit(2);
}
const subscriptionKey = values.key ?? process.env.DTM_SUBSCRIPTION_KEY ?? 'local-demo-key';
const server = await startLocalDtmServer({ port, subscriptionKey });
console.log(
  `Local DTM API (fixture data) at ${server.baseUrl}/v3/displacement/{admin0|admin1|admin2|country-list|operation-list}`,
);
console.log(`Try: DTM_SUBSCRIPTION_KEY=<the key> crc-dtm sync --country Iraq --base-url ${server.baseUrl}`);
console.log('Ctrl-C stops it.');
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
