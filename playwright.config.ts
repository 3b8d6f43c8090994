// End-to-end tests drive Debian's Chromium (never a downloaded browser) against the built site,
// served by a plain static server with no rewrites, as a CDN would serve it. A second project runs
// against the test-only site (dist-test/: the seed plus synthetic fixture articles, never published).
import { defineConfig } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { e2ePorts } from './scripts/free-ports.mjs';

// Free ports, found once in the runner and handed to the workers through the environment
// (TALLY_E2E_PORT still chooses them by hand).
const { site: port, testSite: testSitePort } = e2ePorts();

const server = (dir: string, at: number) => ({
  command: `node scripts/serve-static.mjs ${dir} --port ${at}`,
  url: `http://127.0.0.1:${at}/`,
  reuseExistingServer: !process.env.CI,
});

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  // On CI a test that fails once is run once more; the summary still reports it as flaky.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'site', testIgnore: 'test-site/**', use: { baseURL: `http://127.0.0.1:${port}` } },
    { name: 'test-site', testMatch: 'test-site/**/*.spec.ts', use: { baseURL: `http://127.0.0.1:${testSitePort}` } },
  ],
  webServer: [server('dist', port), server('dist-test', testSitePort)],
});
