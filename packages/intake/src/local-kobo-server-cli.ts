#!/usr/bin/env node
// crc-kobo-local-server: the local KoboToolbox server of the tests, run on its own so that
// `crc-import kobo` can be tried without a KoboToolbox account.
import { parseArgs } from 'node:util';
import { fixtureKoboAsset, FIXTURE_ASSET_UID } from './testing/kobo-fixture-form';
import { fixtureKoboSubmissions } from './testing/kobo-fixture-submissions';
import { startLocalKoboServer } from './testing/local-kobo-server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4700' },
    token: { type: 'string' },
    submissions: { type: 'string', default: '250' },
    'page-size': { type: 'string', default: '100' },
    help: { type: 'boolean' },
  },
});
if (values.help) {
  console.log(
    'Usage: crc-kobo-local-server [--port 4700] [--token <API token>] [--submissions 250] [--page-size 100]  (token default: KOBO_TOKEN or "local-demo-token")',
  );
  process.exit(0);
}
const port = Number(values.port);
const count = Number(values.submissions);
const pageSize = Number(values['page-size']);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be a port number, got ${JSON.stringify(values.port)}`);
  process.exit(2);
}
if (!Number.isInteger(count) || count < 0 || !Number.isInteger(pageSize) || pageSize < 1) {
  console.error('--submissions must be a whole number and --page-size a whole number of 1 or more');
  process.exit(2);
}
const token = values.token ?? process.env.KOBO_TOKEN ?? 'local-demo-token';
const server = await startLocalKoboServer({
  port,
  token,
  defaultPageSize: pageSize,
  maxPageSize: pageSize,
  assets: [{ asset: fixtureKoboAsset(), submissions: fixtureKoboSubmissions({ count }) }],
});
console.log(
  `Local KoboToolbox API v2 (fixture form, ${count} submissions, ${pageSize} a page) at ${server.baseUrl}/api/v2/assets/${FIXTURE_ASSET_UID}/data/`,
);
console.log(
  `Try: crc-import kobo --asset ${FIXTURE_ASSET_UID} --url ${server.baseUrl} --token <the token> --centre <centre code> --dry-run`,
);
console.log('Ctrl-C stops it.');
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
