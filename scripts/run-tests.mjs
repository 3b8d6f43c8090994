#!/usr/bin/env node
// `npm test`: type check, lint, unit and component tests, production build, end-to-end tests in
// Chromium, and a smoke run of the benchmark (it must run and print its figures; it never fails on
// slowness). Every step runs even if an earlier one failed (but e2e needs the build). The last line
// counts every test that ran, each check (type check, lint, build, benchmark) counting as one test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { freePorts } from './free-ports.mjs';

const results = [];
const record = (step, passed, failed, note = '') => results.push({ step, passed, failed, note });

function run(command, args, env = {}) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return child.status === 0;
}

function check(step, command, args) {
  const ok = run(command, args);
  record(step, ok ? 1 : 0, ok ? 0 : 1);
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

mkdirSync('test-results', { recursive: true });

check('type check', 'npx', ['tsc', '--noEmit', '-p', '.']);
check('lint', 'npx', ['eslint', '.']);

rmSync('test-results/vitest.json', { force: true });
const unitOk = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json']);
const vitest = readJson('test-results/vitest.json');
if (vitest) record('unit and component tests', vitest.numPassedTests, vitest.numFailedTests + (unitOk || vitest.numFailedTests ? 0 : 1));
else record('unit and component tests', 0, 1, 'no report written');

const siteBuilt = check('production build', 'npx', ['vite', 'build']);
// The test-only site: the seed plus synthetic fixture articles (tests/site/articles/), never published.
const testSiteBuilt = check('test-only site build', 'node', ['scripts/build-test-site.mjs']);
const built = siteBuilt && testSiteBuilt;

if (built) {
  rmSync('test-results/e2e.json', { force: true });
  // The static servers take free ports (a dev server or preview may hold 4173 and 5173), unless chosen by hand.
  const [site, testSite] = await freePorts(2);
  const ports = process.env.TALLY_E2E_PORT ? {} : { TALLY_E2E_PORT: String(site), TALLY_E2E_TEST_SITE_PORT: String(testSite) };
  const e2eOk = run('npx', ['playwright', 'test'], { CI: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', ...ports });
  const e2e = readJson('test-results/e2e.json');
  if (e2e) {
    const { expected = 0, unexpected = 0, flaky = 0 } = e2e.stats ?? {};
    const errors = (e2e.errors ?? []).length;
    record('end-to-end tests (Chromium)', expected + flaky, unexpected + (e2eOk || unexpected ? 0 : Math.max(errors, 1)), flaky ? `${flaky} flaky` : '');
  } else {
    record('end-to-end tests (Chromium)', 0, 1, 'no report written');
  }
} else {
  record('end-to-end tests (Chromium)', 0, 1, 'not run: the build failed');
}

// Last: the benchmark rebuilds dist/ and writes compressed copies into it.
check('benchmark smoke run (npm run bench -- --quick)', 'node', ['scripts/bench.mjs', '--quick']);

console.log('\nSummary');
for (const { step, passed, failed, note } of results) {
  console.log(`  ${failed ? '✗' : '✓'} ${step}: ${passed} passed, ${failed} failed${note ? ` (${note})` : ''}`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && existsSync('dist/index.html') ? 0 : 1);
