// A large library for the benchmark: generated articles (never published), and the `library` part of
// `npm run bench`, which builds them into a site of its own and measures its library page and the page of a
// source quoted in every article, each next to the floor app in the same run.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { scaleArticle } from './scale-article.mjs';

/** The shared id of the source every generated article quotes once: its page lists one report per article. */
export const SHARED_SOURCE_ID = 'bench-monitor';

/**
 * `count` small articles of 3 claims × 3 reports, one a day going back from 2024 (so the library's order is
 * by date), each quoting the shared source once. Deterministic, so runs can be compared.
 */
export function generateLibrary(count) {
  const { withClaims } = scaleArticle({ claims: 3, reportsPerClaim: 3, targetBytes: 6000 });
  const used = new Set(withClaims.claims.flatMap((c) => c.reports.flatMap((r) => r.sourceIds)));
  const sources = withClaims.sources
    .filter((source) => used.has(source.id))
    .map((source) => (source.id === 'source-1' ? { ...source, name: 'Bench monitor', sharedId: SHARED_SOURCE_ID } : source));
  const day = 24 * 60 * 60 * 1000;
  return Array.from({ length: count }, (_, i) => ({
    ...withClaims,
    article: {
      ...withClaims.article,
      id: `library-${i + 1}`,
      title: `Generated article number ${i + 1}`,
      published: new Date(Date.UTC(2024, 0, 1) - i * day).toISOString().slice(0, 10),
    },
    sources,
    claims: structuredClone(withClaims.claims),
  }));
}

/** Writes the packs into a fresh public folder for the build (`TALLY_PUBLIC_DIR`). */
export function writeLibrary(publicDir, packs) {
  rmSync(publicDir, { recursive: true, force: true });
  mkdirSync(join(publicDir, 'data', 'articles'), { recursive: true });
  for (const pack of packs) writePack(publicDir, pack);
}

export function writePack(publicDir, pack) {
  writeFileSync(join(publicDir, 'data', 'articles', `${pack.article.id}.json`), JSON.stringify(pack));
}

const gzipSize = (text) => gzipSync(text, { level: 9 }).length;

/**
 * Records, for each key pressed, the time from the `keydown` event to the frame after it, by the box it was
 * pressed in; for keys pressed in the library's search box, also the time until the frame after the list or
 * its status changed (the matches drawn), and Event Timing's durations.
 */
function keyProbe() {
  window.__keys = { search: [], same: [], plain: [], matches: [], events: [] };
  let pending = null;
  const afterFrame = (start, into) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => into.push(performance.now() - start);
      channel.port2.postMessage(null);
    });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.interactionId && entry.name === 'keydown' && !entry.target?.id?.startsWith('bench-')) window.__keys.events.push(entry.duration);
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  document.addEventListener(
    'keydown',
    (event) => {
      const box = { 'bench-same-input': 'same', 'bench-plain-input': 'plain' }[event.target.id] ?? 'search';
      pending = box === 'search' ? event.timeStamp : null;
      afterFrame(event.timeStamp, window.__keys[box]);
    },
    true,
  );
  window.__watchMatches = (elements) => {
    const observer = new MutationObserver(() => {
      if (pending === null) return;
      const start = pending;
      pending = null;
      afterFrame(start, window.__keys.matches);
    });
    for (const element of elements) observer.observe(element, { subtree: true, childList: true, characterData: true });
  };
}

/**
 * Typing into the library's search box at 4× CPU throttling, once every later page of the index has loaded:
 * a query typed letter by letter (each letter narrows the list) and erased again (each key widens it). Each
 * key is pressed three times, in turn, so that all share the machine's load of the moment: in the search box;
 * in the same kind of box added beside it, styled alike, with nothing listening to it (the floor: the
 * browser's own cost of a keystroke there); and in a plain text box fixed in a corner of the page.
 */
async function typing(browser, address, median) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(keyProbe);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(address, { timeout: 120_000 });
  await page.waitForFunction(() => document.documentElement.dataset.tallyReady === 'true', null, { timeout: 120_000 });
  const search = page.getByRole('searchbox', { name: 'Search titles, outlets and sources' });
  await search.focus();
  // The first letter waits for the later pages, which focusing the box has asked for.
  await search.press('a');
  await page.getByRole('status').filter({ hasText: 'match “a”' }).waitFor({ timeout: 120_000 });
  await search.press('Backspace');
  await page.getByRole('status').filter({ hasText: 'newest first' }).waitFor();
  await page.evaluate(() => {
    const same = document.createElement('input');
    same.id = 'bench-same-input';
    same.type = 'search';
    same.setAttribute('aria-label', 'The same box, with nothing listening');
    document.querySelector('.library-search').append(same);
    const plain = document.createElement('input');
    plain.id = 'bench-plain-input';
    plain.setAttribute('aria-label', 'Plain text box');
    plain.style.cssText = 'position:fixed;bottom:0;right:0';
    document.body.append(plain);
    window.__watchMatches([document.querySelector('.library-status'), document.querySelector('.library-list')]);
  });
  const boxes = [search, page.locator('#bench-same-input'), page.locator('#bench-plain-input')];
  await page.waitForTimeout(500);
  await page.evaluate(() => Object.values(window.__keys).forEach((list) => (list.length = 0)));
  const query = 'number 12';
  const keys = [...query.split('').map((c) => (c === ' ' ? 'Space' : c)), ...query.split('').map(() => 'Backspace')];
  for (const key of keys) {
    for (const box of boxes) {
      await box.evaluate((element) => element.focus());
      await page.waitForTimeout(100);
      await page.keyboard.press(key);
      await page.waitForTimeout(150);
    }
  }
  const status = await page.getByRole('status').textContent();
  const measured = await page.evaluate(() => window.__keys);
  await page.close();
  for (const box of ['search', 'same', 'plain']) {
    if (measured[box].length !== keys.length) throw new Error(`expected ${keys.length} keystrokes in the ${box} box, measured ${measured[box].length}`);
  }
  // Event Timing reports only keystrokes of 16 ms or more; the others count as 16.
  const timed = [...measured.events, ...Array(Math.max(0, keys.length - measured.events.length)).fill(16)];
  return {
    median: median(measured.search),
    worst: Math.max(...measured.search),
    same: median(measured.same),
    plain: median(measured.plain),
    // A space after a word searches for the same words: the list does not change, and is not counted.
    matches: median(measured.matches),
    matchesWorst: Math.max(...measured.matches),
    changes: measured.matches.length,
    eventTiming: median(timed),
    keys: keys.length,
    status,
  };
}

/** The sizes of what the library's page carries, and of the files of its index. */
function librarySizes(siteDir) {
  const html = readFileSync(join(siteDir, 'index.html'), 'utf8');
  const embedded = /<script type="application\/json" id="tally-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  const pages = [readFileSync(join(siteDir, 'data', 'library.json'), 'utf8')];
  const laterDir = join(siteDir, 'data', 'library');
  if (existsSync(laterDir)) for (const name of readdirSync(laterDir).filter((n) => n.endsWith('.json'))) pages.push(readFileSync(join(laterDir, name), 'utf8'));
  const source = readFileSync(join(siteDir, 'sources', SHARED_SOURCE_ID, 'index.html'), 'utf8');
  const sourceData = statSync(join(siteDir, 'data', 'sources', `${SHARED_SOURCE_ID}.json`)).size;
  return {
    html: { raw: html.length, gzip: gzipSize(html) },
    embedded: { raw: embedded.length, gzip: gzipSize(embedded) },
    pages: pages.map((text) => ({ raw: text.length, gzip: gzipSize(text) })),
    source: { raw: source.length, gzip: gzipSize(source) },
    sourceData,
  };
}

/**
 * The `library` part: generates `count` articles into `.bench/library-site-public`, builds their library page
 * and shared source's page (TALLY_PAGES=site: no article pages, which this part does not load) into
 * `.bench/library-site`, and measures them. The helpers are the bench's own, so that every part measures alike.
 */
export async function measureLibrary({ browser, count, work, run, serve, precompress, lighthouseRuns, floorUrl, port, table, format, median, runs }) {
  const { section, row } = table;
  const { kb, ms, times } = format;
  const publicDir = join(work, 'library-site-public');
  const siteDir = join(work, 'library-site');
  console.log(`Building the library page of ${count.toLocaleString('en')} generated articles…`);
  writeLibrary(publicDir, generateLibrary(count));
  run('npx', ['vite', 'build', '--logLevel', 'error'], { TALLY_PUBLIC_DIR: publicDir, TALLY_OUT_DIR: siteDir, TALLY_PAGES: 'site', TALLY_PAGE_CACHE: 'off' });
  precompress(siteDir);
  const server = await serve(siteDir, port);
  try {
    const address = (path) => `http://127.0.0.1:${port}${path}`;
    const sizes = librarySizes(siteDir);
    const floorHtml = gzipSize(readFileSync(join(work, 'floor', 'index.html'), 'utf8'));
    const allIndex = sizes.pages.reduce((n, p) => n + p.gzip, 0);
    section(`Library: ${count.toLocaleString('en')} generated articles, each quoting one shared source`);
    row('HTML of the library page (prerendered first screen, inline CSS, data), gzip -9', kb(sizes.html.gzip), kb(floorHtml), '', '');
    row('… of which its data (the first screen of the index), gzip -9', kb(sizes.embedded.gzip), '', '', '');
    row(`Index files loaded on demand (search, more), ${sizes.pages.length - 1} files, gzip -9`, kb(allIndex - sizes.pages[0].gzip), '', '', '');
    row('… largest index file, raw', kb(Math.max(...sizes.pages.map((p) => p.raw))), '', '', '');
    row(`HTML of the shared source's page (${count.toLocaleString('en')} reports), gzip -9`, kb(sizes.source.gzip), kb(floorHtml), '', '');
    row('… its data file, raw', kb(sizes.sourceData), '', '', '');

    // Lighthouse runs in turn (floor, library page, source's page, and again), so that the machine's load of
    // the moment weighs on each page alike; each figure is the median of its runs.
    const pages = [
      ['floor', floorUrl],
      ['library page', address('/')],
      [`shared source's page`, address(`/sources/${SHARED_SOURCE_ID}/`)],
    ];
    const samples = new Map(pages.map(([name]) => [name, []]));
    for (let i = 0; i < runs; i++) for (const [name, url] of pages) samples.get(name).push(await lighthouseRuns(url, 1));
    const medians = (results) => Object.fromEntries(Object.keys(results[0]).map((key) => [key, median(results.map((r) => r[key]))]));
    const floor = medians(samples.get('floor'));
    for (const [name] of pages.slice(1)) {
      const lh = medians(samples.get(name));
      row(`LCP, ${name}, Lighthouse mobile, median of ${runs}`, ms(lh.lcp), ms(floor.lcp), times(lh.lcp, floor.lcp), '≤ 0.75×');
      row(`… each run, ${name} (floor)`, samples.get(name).map((r) => ms(r.lcp)).join(', '), samples.get('floor').map((r) => ms(r.lcp)).join(', '), '', '');
      row(`TBT, ${name}`, ms(lh.tbt), ms(floor.tbt), '', '≤ 50 ms');
      row(`CLS, ${name}`, lh.cls.toFixed(3), floor.cls.toFixed(3), '', '0');
      row(`Performance score, ${name}`, lh.performance.toFixed(2), floor.performance.toFixed(2), '', '≥ 0.98');
    }

    const keys = await typing(browser, address('/'), median);
    row(`Keystroke in the search box → next frame, 4× throttling, median of ${keys.keys}`, ms(keys.median), `${ms(keys.same)} (the same box beside it, nothing listening)`, times(keys.median, keys.same), '≤ 16.7 ms (one frame)');
    row('… next to a plain text box fixed in a corner', ms(keys.median), ms(keys.plain), times(keys.median, keys.plain), '');
    row('… slowest keystroke', ms(keys.worst), '', '', '');
    row(`Keystroke → next frame after the matches are drawn, median of ${keys.changes}`, ms(keys.matches), `${ms(keys.same)} (the same box)`, times(keys.matches, keys.same), '');
    row('… slowest', ms(keys.matchesWorst), '', '', '');
    row('Event Timing duration (INP-like), keystrokes in the search box', ms(keys.eventTiming), '', '', '');
  } finally {
    server.kill();
  }
}

/** The MD5 of every file under `dir`, by its path there. */
function md5s(dir, prefix = '', into = new Map()) {
  for (const name of readdirSync(join(dir, prefix))) {
    const path = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(dir, path)).isDirectory()) md5s(dir, path, into);
    else into.set(path, createHash('md5').update(readFileSync(join(dir, path))).digest('hex'));
  }
  return into;
}

/**
 * The `build` part: builds a library of `count` generated articles (never published: .bench/library-public)
 * with `npm run build`'s script from a cold cache (bundle, renderer and pages), then again after changing one
 * pack, and then that same library cold, with every cache off, to check that the cached rebuild wrote the very
 * same bytes. Prints the time per article and per page,
 * each step's seconds, and the rebuild's ratio to the full build.
 */
export async function measureBuild({ count, work, run, table, format }) {
  const { section, row } = table;
  const { times } = format;
  const publicDir = join(work, 'library-public');
  const cache = join(work, 'page-cache');
  const statsFile = join(work, 'build-stats.json');
  rmSync(cache, { recursive: true, force: true });
  const packs = generateLibrary(count);
  writeLibrary(publicDir, packs);
  const timedBuild = (outDir, pageCache) => {
    const start = performance.now();
    // `npm run build`: it reuses the browser's code and the renderer while the code does not change.
    run(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--logLevel', 'error'], { TALLY_PUBLIC_DIR: publicDir, TALLY_OUT_DIR: outDir, TALLY_PAGE_CACHE: pageCache, TALLY_BUILD_STATS: statsFile });
    return { ...JSON.parse(readFileSync(statsFile, 'utf8')), wall: (performance.now() - start) / 1000 };
  };
  const outDir = join(work, 'library');
  console.log(`Building a library of ${count.toLocaleString('en')} generated articles…`);
  const full = timedBuild(outDir, cache);
  // One pack changes: a claim's question is reworded.
  const changed = packs[Math.floor(count / 2)];
  changed.claims[0] = { ...changed.claims[0], question: `${changed.claims[0].question} (reworded)` };
  writePack(publicDir, changed);
  const again = timedBuild(outDir, cache);
  console.log('Building the changed library again with the page cache off, to compare…');
  const coldDir = join(work, 'library-cold');
  timedBuild(coldDir, 'off');
  const [cached, cold] = [md5s(outDir), md5s(coldDir)];
  const differing = [...new Set([...cached.keys(), ...cold.keys()])].filter((path) => cached.get(path) !== cold.get(path));

  section(`Build: a library of ${count.toLocaleString('en')} generated articles (${full.pages.toLocaleString('en')} pages, ${full.images.toLocaleString('en')} preview images)`);
  row('Full build (bundle, Studio, renderer, checks, pages, images, exports), cold cache', `${full.wall.toFixed(1)} s`, '', '', '');
  row('… of which pages, images and exports', `${full.seconds.toFixed(1)} s`, '', '', '');
  row('Seconds per article (pages, images and exports)', `${(full.seconds / count).toFixed(3)} s`, '', '', '');
  row('Seconds per page (pages, images and exports)', `${(full.seconds / full.pages).toFixed(4)} s`, '', '', '');
  row(
    `Rebuild after changing one pack (bundle and renderer kept; ${again.redoneArticles} of ${count} articles, ${again.redoneSitePages} site-wide pages redone)`,
    `${again.wall.toFixed(1)} s`,
    `${full.wall.toFixed(1)} s (full build)`,
    times(again.wall, full.wall),
    '≤ 0.05×',
  );
  row('… pages, images and exports only', `${again.seconds.toFixed(1)} s`, `${full.seconds.toFixed(1)} s`, times(again.seconds, full.seconds), '');
  for (const name of new Set([...Object.keys(full.steps), ...Object.keys(again.steps)])) {
    row(`… step: ${name} (rebuild; full build as floor)`, `${(again.steps[name] ?? 0).toFixed(2)} s`, `${(full.steps[name] ?? 0).toFixed(2)} s`, '', '');
  }
  row(
    `Rebuild's output equals a cold build's (MD5 of ${cold.size.toLocaleString('en')} files)`,
    differing.length === 0 ? 'yes' : `no: ${differing.length} differ (${differing.slice(0, 3).join(', ')})`,
    '',
    '',
    'yes',
  );
  if (differing.length > 0) process.exitCode = 1;
}
