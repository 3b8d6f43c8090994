#!/usr/bin/env node
// `npm run bench`: builds what it needs and prints one table of figures, each measured side by side with
// its floor in the same run, so that noise on a shared machine cancels out in the ratios.
//   npm run bench               full run (Lighthouse median of 3, 20 clicks)
//   npm run bench -- --quick    smoke run for CI (1 Lighthouse run, 5 clicks); never fails on slowness
// Figures go to stdout and to .bench/report.md.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { measureBuild, measureLibrary } from '../bench/library.mjs';
import { scaleArticle } from '../bench/scale-article.mjs';
import { measureStudio } from '../bench/studio.mjs';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';
import { freePorts } from './free-ports.mjs';

const quick = process.argv.includes('--quick');
/** `--only=size,load,interaction,scale,studio,library,build` runs some parts; `--skip-build` reuses the last build. */
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const wants = (part) => !only || only.includes(part);
const skipBuild = process.argv.includes('--skip-build');
const LIGHTHOUSE_RUNS = quick ? 1 : 3;
const CLICKS = quick ? 5 : 20;
const SCALE_CLICKS = quick ? 3 : 10;
const LOADS = quick ? 1 : 5;
const root = resolve(import.meta.dirname, '..');
const work = join(root, '.bench');
// Free ports, found at start: fixed ones may be held by another server on the machine.
const [appPort, floorPort, scalePort, libraryPort] = await freePorts(4);
const ports = { app: appPort, floor: floorPort, scale: scalePort, library: libraryPort };
/** `--articles=N`: the size of the generated library, for the `library` and `build` parts (1,000 by default, 120 with --quick). */
const libraryArticles = Number(process.argv.find((a) => a.startsWith('--articles='))?.slice(11) ?? (quick ? 120 : 1000));

const rows = [];
const section = (title) => rows.push({ section: title });
const row = (what, value, floor = '', ratio = '', target = '') => rows.push({ what, value, floor, ratio, target });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const times = (a, b) => `${(a / b).toFixed(2)}×`;

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/** Builds what the bench measures, unless `--skip-build` finds it built; says whether it built. */
function build() {
  const scale = scaleArticle({ claims: 1000, reportsPerClaim: 3, targetBytes: 1_000_000 });
  // `--skip-build` reuses the builds only when they are all there: a fresh clone has none yet.
  const built = [join(root, 'dist'), join(work, 'floor'), join(work, 'scale')].every((dir) => existsSync(dir));
  if (skipBuild && built) return { scale, fresh: false };
  if (skipBuild) console.log('--skip-build: no earlier build of the bench to reuse (.bench/), so building it.');
  console.log('Building Tally, the floor app and the 1,000-claim article…');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  run('npx', ['vite', 'build', '--logLevel', 'error']);
  run('npx', ['vite', 'build', '-c', 'bench/floor/vite.config.ts', '--outDir', join(work, 'floor'), '--emptyOutDir', '--logLevel', 'error']);

  const publicDir = join(work, 'scale-public');
  mkdirSync(join(publicDir, 'data', 'articles'), { recursive: true });
  writeFileSync(join(publicDir, 'data', 'articles', 'bench-claims.json'), JSON.stringify(scale.withClaims));
  writeFileSync(join(publicDir, 'data', 'articles', 'bench-plain.json'), JSON.stringify(scale.plain));
  run('npx', ['vite', 'build', '--logLevel', 'error'], { TALLY_PUBLIC_DIR: publicDir, TALLY_OUT_DIR: join(work, 'scale'), TALLY_PAGES: 'articles' });
  return { scale, fresh: true };
}

/**
 * The JavaScript and CSS a page loads with no input from the reader, as observed in Chromium: everything
 * fetched until the page is interactive and then idle (idle-time preloads count: a phone pays for them),
 * and, apart, what was fetched until it was interactive. For the floor, its one bundle. Inline CSS counts
 * with the HTML.
 */
async function initialAssets(browser, dir, url, ready) {
  const page = await browser.newPage();
  await page.goto(url);
  await ready(page);
  // No input: the page is left alone until the network has been quiet for half a second and the browser
  // has had an idle period, so that anything loaded "when idle" has been requested.
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 200))));
  await page.waitForLoadState('networkidle');
  const entries = await page.evaluate(() => {
    const until = performance.getEntriesByName('tally:interactive')[0]?.startTime ?? performance.now();
    return performance
      .getEntriesByType('resource')
      .filter((entry) => /\.(js|css)$/.test(new URL(entry.name).pathname))
      .map((entry) => ({ ref: new URL(entry.name).pathname, early: entry.startTime <= until }));
  });
  const html = await (await fetch(url)).text();
  await page.close();
  const sizes = (refs) => {
    const totals = { js: { raw: 0, gzip: 0, brotli: 0 }, css: { raw: 0, gzip: 0, brotli: 0 } };
    for (const ref of new Set(refs)) {
      const content = readFileSync(join(dir, ref.replace(/^\//, '')));
      const kind = ref.endsWith('.js') ? 'js' : 'css';
      totals[kind].raw += content.length;
      totals[kind].gzip += gzipSync(content, { level: 9 }).length;
      totals[kind].brotli += brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    }
    return totals;
  };
  const all = entries.map((e) => e.ref);
  const early = entries.filter((e) => e.early).map((e) => e.ref);
  return { ...sizes(all), untilInteractive: sizes(early), files: new Set(all).size, html: gzipSync(html, { level: 9 }).length };
}

/** Writes .gz and .br beside every text file, for the static server's --precompressed mode. */
function precompress(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) precompress(path);
    else if (/\.(html|js|css|json|svg|xml|txt)$/.test(name)) {
      const content = readFileSync(path);
      writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
      writeFileSync(`${path}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
  }
}

async function serve(dir, port) {
  const child = spawn(process.execPath, [join(root, 'scripts', 'serve-static.mjs'), dir, '--port', String(port), '--precompressed'], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`the static server on port ${port} did not start`);
}

/** Lighthouse's figures for `url`, each the median of `runs` runs. */
async function lighthouseRuns(url, runs = LIGHTHOUSE_RUNS) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const results = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
    try {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
      const audit = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
      results.push({
        performance: lhr.categories.performance.score,
        accessibility: lhr.categories.accessibility.score,
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        bytes: audit('total-byte-weight'),
      });
    } finally {
      await chrome.kill();
    }
  }
  const pick = (key) => median(results.map((r) => r[key]));
  return Object.fromEntries(Object.keys(results[0]).map((key) => [key, pick(key)]));
}

/** Records, for each click, the time from the event to the frame after it, and Event Timing's durations. */
function clickProbe() {
  window.__bench = { clicks: [], events: new Map() };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.interactionId) continue;
      const events = window.__bench.events;
      events.set(entry.interactionId, Math.max(events.get(entry.interactionId) ?? 0, entry.duration));
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  document.addEventListener(
    'click',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.__bench.clicks.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    },
    true,
  );
}

async function openPage(browser, url, throttle) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(clickProbe);
  const cdp = await page.context().newCDPSession(page);
  if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { timeout: 120_000 });
  await page.waitForFunction(() => document.documentElement.dataset.tallyReady === 'true', null, { timeout: 120_000 });
  return { page, cdp };
}

/** Clicks `count` highlights of different claims, each opening its comparison; returns both medians. */
async function clickToPaint(page, count) {
  // Let the page settle, as it would while a reader reads. The panels' code loads on intent: the mouse
  // moving to the first (uncounted) click fetches it.
  await page.waitForTimeout(1500);
  const claims = await page.$$eval('a.highlight[data-claim-id]', (links) => [...new Set(links.map((l) => l.dataset.claimId))]);
  // The first clicks also warm up the JavaScript engine; they are made but not counted.
  const warmUp = Math.min(5, count);
  for (let i = 0; i < count + warmUp; i++) {
    if (i === warmUp) await page.evaluate(() => (window.__bench.clicks.length = 0, window.__bench.events.clear()));
    const claimId = claims[(i * 7 + 1) % claims.length];
    const link = page.locator(`a.highlight[data-claim-id="${claimId}"]`).first();
    await link.scrollIntoViewIfNeeded();
    await page.waitForTimeout(100);
    // Raw mouse input, as a reader's: a locator's click adds Playwright's own hit-target checks, which
    // cost tens of milliseconds in a large page and would be counted as Tally's.
    // The middle of the first line of the words (a quote may wrap over several).
    const point = await link.evaluate((el) => {
      const rect = el.getClientRects()[0];
      return { x: rect.left + Math.min(8, rect.width / 2), y: rect.top + rect.height / 2 };
    });
    // Pressed and released as a person clicks, the release a tenth of a second after the press: sent
    // back to back, the release would wait behind the press's own work and count it twice. The press
    // is not hidden: Event Timing's figure is the interaction's longest event, the press included.
    await page.mouse.move(point.x, point.y);
    await page.mouse.down();
    await page.waitForTimeout(100);
    await page.mouse.up();
    await page.locator('#comparison h2').waitFor();
    await page.waitForTimeout(100);
  }
  const { clicks, events } = await page.evaluate(() => ({ clicks: window.__bench.clicks, events: [...window.__bench.events.values()] }));
  // Event Timing reports only interactions of 16 ms or more; the others count as 16.
  const timed = [...events, ...Array(Math.max(0, clicks.length - events.length)).fill(16)];
  return { paint: median(clicks), eventTiming: median(timed) };
}

/** Time until interactive and heap after load, for a page and its floor, loaded in turn to share the noise. */
async function interactiveTime(browser, pageUrl, floorUrl) {
  const samples = { page: [], floor: [] };
  const heaps = { page: 0, floor: 0 };
  for (let i = 0; i < LOADS; i++) {
    for (const [which, address] of [['page', pageUrl], ['floor', floorUrl]]) {
      const { page, cdp } = await openPage(browser, address, true);
      samples[which].push(await page.evaluate(() => performance.getEntriesByName('tally:interactive')[0].startTime));
      // Work the page leaves for idle time (hydrating what is out of view, say) counts: the heap is read once it is done.
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 200))));
      await cdp.send('HeapProfiler.collectGarbage');
      heaps[which] = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      await page.close();
    }
  }
  return { interactive: median(samples.page), floor: median(samples.floor), heap: heaps.page, floorHeap: heaps.floor };
}

/** Anchoring all 3,000 quotes with Tally's code, next to plain indexOf searches over the same text. */
async function anchoring(scale) {
  const { createServer } = await import('vite');
  const server = await createServer({ root, configFile: false, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false } });
  try {
    const { anchorQuotes } = await server.ssrLoadModule('/src/core/anchor-quote.ts');
    const { bodyText } = await server.ssrLoadModule('/src/core/article-text.ts');
    const text = bodyText(scale.withClaims.article.blocks).text;
    const selectors = scale.withClaims.claims.flatMap((c) => c.reports.map((r) => r.quote));
    const firstPerClaim = scale.withClaims.claims.map((c) => c.reports[0].quote.exact);
    const time = (fn) => {
      fn();
      const samples = [];
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        fn();
        samples.push(performance.now() - start);
      }
      return median(samples);
    };
    let sink = 0;
    const tally = time(() => {
      sink += anchorQuotes(text, selectors).filter((a) => a.ok).length;
    });
    const floor1000 = time(() => {
      for (const exact of firstPerClaim) sink += text.indexOf(exact);
    });
    const floor3000 = time(() => {
      for (const { exact } of selectors) sink += text.indexOf(exact);
    });
    if (sink === 0) throw new Error('nothing anchored');
    return { tally, floor1000, floor3000, quotes: selectors.length, bytes: text.length };
  } finally {
    await server.close();
  }
}

function printTable() {
  const header = ['What', 'Tally', 'Floor', 'Ratio', 'Target'];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const r of rows) {
    if (r.section) lines.push(`| **${r.section}** | | | | |`);
    else lines.push(`| ${r.what} | ${r.value} | ${r.floor} | ${r.ratio} | ${r.target} |`);
  }
  const table = lines.join('\n');
  console.log(`\n${table}\n`);
  const stamp = new Date().toISOString();
  writeFileSync(join(work, 'report.md'), `Measured ${stamp} with \`npm run bench${quick ? ' -- --quick' : ''}\`\n\n${table}\n`);
  console.log(`(also written to .bench/report.md)`);
}

const url = (server, path = '/') => `http://127.0.0.1:${ports[server]}${path}`;
const tallyReady = (page) => page.waitForFunction(() => document.documentElement.dataset.tallyReady === 'true');

/** The pages whose bytes are measured: each kind of page Tally serves, with the path of one of them. */
const PAGE_TYPES = [
  ['library page', '/'],
  ['article page', '/aleppo-2016-09-23/'],
  ['claim URL', '/aleppo-2016-09-23/death-toll/hospital/'],
];

async function measureSize(browser) {
  section('Size: all JS loaded with no input (idle preloads count), gzip -9, each page type next to the floor');
  const floor = await initialAssets(browser, join(work, 'floor'), url('floor'), (page) => page.getByRole('heading', { name: /Russia/ }).waitFor());
  const measured = [];
  for (const [name, path] of PAGE_TYPES) {
    const app = await initialAssets(browser, join(root, 'dist'), url('app', path), tallyReady);
    measured.push([name, app]);
    row(`JS, gzip -9, ${name}`, kb(app.js.gzip), kb(floor.js.gzip), times(app.js.gzip, floor.js.gzip), '≤ 1.20×');
  }
  section('Size: details');
  for (const [name, app] of measured) {
    row(`JS, brotli, ${name}`, kb(app.js.brotli), kb(floor.js.brotli), times(app.js.brotli, floor.js.brotli), '');
    row(`JS, raw, ${name}`, kb(app.js.raw), kb(floor.js.raw), times(app.js.raw, floor.js.raw), '');
    row(`JS, gzip -9, until interactive only, ${name}`, kb(app.untilInteractive.js.gzip), kb(floor.js.gzip), times(app.untilInteractive.js.gzip, floor.js.gzip), '');
    row(`JS files, ${name}`, String(app.files), String(floor.files), '', '');
    row(`HTML with inline CSS, prerendered text and data, gzip -9, ${name}`, kb(app.html), kb(floor.html), '', '');
  }
}

async function measureLoad() {
  section(`Load: Lighthouse 12.8.2, mobile, median of ${LIGHTHOUSE_RUNS}`);
  const floor = await lighthouseRuns(url('floor'));
  for (const [name, path] of PAGE_TYPES) {
    const lh = await lighthouseRuns(url('app', path));
    row(`Performance score, ${name}`, lh.performance.toFixed(2), floor.performance.toFixed(2), '', '≥ 0.98');
    row(`Accessibility score, ${name}`, lh.accessibility.toFixed(2), '', '', '1.00');
    row(`FCP, ${name}`, ms(lh.fcp), ms(floor.fcp), times(lh.fcp, floor.fcp), '');
    row(`LCP, ${name}`, ms(lh.lcp), ms(floor.lcp), times(lh.lcp, floor.lcp), '≤ 0.75×');
    row(`TBT, ${name}`, ms(lh.tbt), ms(floor.tbt), '', '≤ 50 ms');
    row(`CLS, ${name}`, lh.cls.toFixed(3), floor.cls.toFixed(3), '', '0');
    row(`Bytes transferred, ${name}`, kb(lh.bytes), kb(floor.bytes), times(lh.bytes, floor.bytes), '');
  }
}

/** The reader's click-to-paint on the seed, measured once a run (by the interaction part or for the Studio's). */
let readerClicks;
async function readerClickToPaint(browser) {
  if (readerClicks) return readerClicks;
  const { page } = await openPage(browser, url('app', '/aleppo-2016-09-23/'), true);
  readerClicks = await clickToPaint(page, CLICKS);
  await page.close();
  return readerClicks;
}

async function measureInteraction(browser) {
  section(`Interaction: click on a highlight until the comparison is painted, 4× CPU throttling, median of ${CLICKS}`);
  const clicks = await readerClickToPaint(browser);
  row('Click → next frame, seed article', ms(clicks.paint), '', '', '≤ 50 ms');
  row('Event Timing duration (INP-like), seed article', ms(clicks.eventTiming), '', '', '≤ 50 ms');
}

async function measureScale(browser, scale) {
  section(`Scale: ${(scale.bytes / 1e6).toFixed(2)} MB article, 1,000 claims × 3 reports`);
  const anchor = await anchoring(scale);
  row(`Anchor all ${anchor.quotes.toLocaleString('en')} quotes (Node)`, ms(anchor.tally), `${ms(anchor.floor1000)} (1,000 indexOf)`, times(anchor.tally, anchor.floor1000), '≤ 3×');
  row(`… next to ${anchor.quotes.toLocaleString('en')} indexOf`, ms(anchor.tally), ms(anchor.floor3000), times(anchor.tally, anchor.floor3000), '');
  const withClaims = await interactiveTime(browser, url('scale', '/bench-claims/'), url('scale', '/bench-plain/'));
  row('Interactive (hydrated), 4× throttling', ms(withClaims.interactive), `${ms(withClaims.floor)} (no highlights)`, times(withClaims.interactive, withClaims.floor), '≤ 1.4×');
  row('JS heap after load and idle work', kb(withClaims.heap), `${kb(withClaims.floorHeap)} (no highlights)`, times(withClaims.heap, withClaims.floorHeap), '≤ 1.6×');
  const { page } = await openPage(browser, url('scale', '/bench-claims/'), true);
  const clicks = await clickToPaint(page, SCALE_CLICKS);
  await page.close();
  row(`Click → next frame, 1,000 claims (median of ${SCALE_CLICKS})`, ms(clicks.paint), '', '', '≤ 100 ms');
  row('Event Timing duration (INP-like), 1,000 claims', ms(clicks.eventTiming), '', '', '≤ 100 ms');
}

const servers = [];
try {
  const { scale, fresh } = build();
  if (fresh) for (const dir of [join(root, 'dist'), join(work, 'floor'), join(work, 'scale')]) precompress(dir);
  servers.push(await serve(join(root, 'dist'), ports.app), await serve(join(work, 'floor'), ports.floor), await serve(join(work, 'scale'), ports.scale));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    if (wants('size')) await measureSize(browser);
    if (wants('load')) await measureLoad();
    if (wants('interaction')) await measureInteraction(browser);
    if (wants('scale')) await measureScale(browser, scale);
    if (wants('studio')) {
      const helpers = { section, row, ms, times, median, readerClickToPaint: () => readerClickToPaint(browser) };
      await measureStudio(browser, { studioUrl: url('app', '/studio/'), scale, quick, work, helpers });
    }
    if (wants('library')) {
      const table = { section, row };
      const format = { kb, ms, times };
      await measureLibrary({ browser, count: libraryArticles, work, run, serve, precompress, lighthouseRuns, floorUrl: url('floor'), port: ports.library, table, format, median, runs: LIGHTHOUSE_RUNS });
    }
    if (wants('build') && !quick) await measureBuild({ count: libraryArticles, work, run, table: { section, row }, format: { times } });
  } finally {
    await browser.close();
  }
  printTable();
} catch (error) {
  printTable();
  console.error(error);
  process.exitCode = 1;
} finally {
  for (const server of servers) server.kill();
}
