import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURE_ASSET_UID,
  fixtureKoboAsset,
  fixtureKoboSubmissions,
  startLocalKoboServer,
  type LocalKoboServer,
} from './index';

/*
 * fixtures/kobo/ holds what the local server answers, byte for byte, in KPI's v2 layout:
 * the asset (form) and the first page of 3 submissions. Reviewers read the layout there;
 * this test keeps the files and the server from drifting apart. UPDATE_FIXTURES=1 rewrites them.
 */
const TOKEN = 'fixture-token';
let server: LocalKoboServer;
beforeAll(async () => {
  server = await startLocalKoboServer({
    token: TOKEN,
    port: 0,
    assets: [{ asset: fixtureKoboAsset(), submissions: fixtureKoboSubmissions({ count: 7 }) }],
  });
});
afterAll(async () => {
  await server.close();
});

async function served(path: string): Promise<string> {
  const response = await fetch(`${server.baseUrl}${path}`, { headers: { Authorization: `Token ${TOKEN}` } });
  // The port differs from run to run: the files say 127.0.0.1:4700, the local server's default.
  return `${JSON.stringify(JSON.parse((await response.text()).split(server.baseUrl).join('http://127.0.0.1:4700')), null, 2)}\n`;
}

describe('fixtures/kobo', () => {
  for (const [file, path] of [
    ['asset.json', `/api/v2/assets/${FIXTURE_ASSET_UID}/?format=json`],
    ['data-page-1.json', `/api/v2/assets/${FIXTURE_ASSET_UID}/data/?format=json&limit=3`],
  ] as const) {
    it(`${file} is what the local server serves for ${path}`, async () => {
      const url = new URL(`../../fixtures/kobo/${file}`, import.meta.url);
      const text = await served(path);
      if (process.env.UPDATE_FIXTURES) await writeFile(url, text);
      expect(await readFile(url, 'utf8')).toBe(text);
    });
  }
});
