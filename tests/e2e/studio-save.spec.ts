// "Save to project" as an editor uses it: the Studio on the development server writes the pack into the
// project's public folder, and the library lists it at once. The server runs here, on a port the system
// chooses, over a public folder of the test's own, so that nothing is written into the project.
import { mkdtemp, readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { parseArticleFile } from '../../src/core/parse-article-file.ts';
import { aleppoJson } from '../fixtures/aleppo.ts';
import { expect, test } from './fixtures.ts';

const TITLE = 'U.S., Russia Fail On Syrian Truce As Dozens Killed In Aleppo';

let server: ViteDevServer | undefined;
let publicDir = '';
let origin = '';

test.beforeAll(async () => {
  publicDir = await mkdtemp(join(tmpdir(), 'tally-public-'));
  server = await createServer({
    configFile: 'vite.config.ts',
    publicDir,
    logLevel: 'error',
    clearScreen: false,
    server: { host: '127.0.0.1', port: 0, open: false, hmr: false },
  });
  await server.listen();
  origin = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await server?.close();
});

test('“Save to project” writes the pack into the public folder, and the library lists it at once', async ({ page }) => {
  // The first visit has the server prepare its modules: slow on a busy machine, but no timer.
  test.slow();
  await page.goto(`${origin}/studio/`);
  await page.getByLabel('Pack file (.json)').setInputFiles({ name: 'aleppo.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(aleppoJson())) });
  await expect(page.getByRole('textbox', { name: /Article text/ })).toContainText('at least 27 civilians had been killed');
  await page.getByRole('button', { name: 'Save to project' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved to .*data\/articles\/aleppo-2016-09-23\.json\.$/ })).toBeVisible();

  const saved = JSON.parse(await readFile(join(publicDir, 'data', 'articles', 'aleppo-2016-09-23.json'), 'utf8')) as unknown;
  const parsed = parseArticleFile(saved, 'aleppo-2016-09-23.json');
  expect(parsed.rejectedClaims).toEqual([]);
  expect(parsed.claims.length).toBeGreaterThan(0);

  await page.goto(`${origin}/`);
  await expect(page.getByRole('link', { name: TITLE, exact: true })).toBeVisible();
});
