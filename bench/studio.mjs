// The Studio with a 1 MB article of 1,000 claims (`npm run bench -- --only=studio`): keystroke-to-paint in a
// report form and selection-to-toolbar at 4× CPU throttling, printed next to the reader's click-to-paint
// measured in the same run. Each is timed as the reader's click is: from the input event's timestamp to
// the frame after it (for a selection, the frame after the toolbar shows the selected words).

/** In the page, before its scripts: records each keystroke in a field and each double-click selection. */
function studioProbe() {
  const bench = { keys: [], selections: [], selecting: undefined };
  window.__studio = bench;
  /** The time from `start` to the frame painted after now: a frame callback, then a task after the frame. */
  const untilNextFrame = (start, into) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => into.push(performance.now() - start);
      channel.port2.postMessage(null);
    });
  bench.untilNextFrame = untilNextFrame;
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.target instanceof HTMLInputElement) untilNextFrame(event.timeStamp, bench.keys);
    },
    true,
  );
  // The second press of a double-click selects a word; the selection is timed from it.
  document.addEventListener(
    'mousedown',
    (event) => {
      if (event.detail === 2) bench.selecting = event.timeStamp;
    },
    true,
  );
}

/** Watches the "Selected words" toolbar: when it first shows a selection after a double-click, the time is taken. */
function watchToolbar() {
  const bench = window.__studio;
  const toolbar = document.querySelector('[role="toolbar"][aria-label="Selected words"]');
  if (!toolbar) throw new Error('the Studio shows no "Selected words" toolbar');
  new MutationObserver(() => {
    if (bench.selecting === undefined || !toolbar.textContent.includes('Selected: “')) return;
    const start = bench.selecting;
    bench.selecting = undefined;
    bench.untilNextFrame(start, bench.selections);
  }).observe(toolbar, { subtree: true, childList: true, characterData: true });
}

/**
 * Opens the 1,000-claim pack in the Studio, then types in the first report's "What it counts" field and
 * double-clicks words of the text, one at a time, with the CPU throttled 4×. Returns both medians.
 * `wait` paces the input as a person would: the page gets time to settle between keystrokes.
 */
async function measureStudioPage(browser, { studioUrl, pack, samples, timeout }) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.addInitScript(studioProbe);
    await page.goto(studioUrl);
    await page.getByLabel('Pack file (.json)').setInputFiles({
      name: `${pack.article.id}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(pack)),
    });
    const field = page.getByRole('listitem', { name: 'Report 1' }).getByLabel('What it counts');
    await field.waitFor({ timeout });
    await page.getByRole('textbox', { name: /Article text/ }).waitFor({ timeout });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.evaluate(watchToolbar);
    // Let the opened draft settle (its first checks, preview and save) before anything is timed: until
    // the page has run no long task for a second.
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          let timer = setTimeout(resolve, 1000);
          new PerformanceObserver(() => {
            clearTimeout(timer);
            timer = setTimeout(resolve, 1000);
          }).observe({ type: 'longtask' });
        }),
    );

    // Keystrokes: the first few warm up the JavaScript engine and are not counted.
    const warmUp = Math.min(3, samples);
    await field.click();
    await page.keyboard.press('End');
    for (let i = 0; i < samples + warmUp; i++) {
      if (i === warmUp) await page.evaluate(() => (window.__studio.keys.length = 0));
      await page.keyboard.type('abcdefghijklmnopqrstuvwxyz'[i % 26]);
      await page.waitForTimeout(250);
    }
    await page.waitForFunction((n) => window.__studio.keys.length >= n, samples, { timeout });

    // Selections: a double-click on a word of a paragraph, each time another one.
    const words = await page.evaluate((count) => {
      const root = document.getElementById('studio-text');
      const blocks = [...root.querySelectorAll('p')];
      const found = [];
      for (let b = 0; found.length < count && b < blocks.length; b += 7) {
        const node = [...blocks[b].childNodes].find((n) => n.nodeType === Node.TEXT_NODE && /\w{4,}/.test(n.textContent));
        if (!node) continue;
        const at = node.textContent.search(/\b\w{4,}\b/);
        found.push({ block: b, at });
      }
      return found;
    }, samples + warmUp);
    for (let i = 0; i < words.length; i++) {
      if (i === warmUp) await page.evaluate(() => (window.__studio.selections.length = 0));
      const point = await page.evaluate(({ block, at }) => {
        const paragraph = document.getElementById('studio-text').querySelectorAll('p')[block];
        const node = [...paragraph.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && /\w{4,}/.test(n.textContent));
        paragraph.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, at + 1);
        range.setEnd(node, at + 2);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }, words[i]);
      await page.waitForTimeout(150);
      const before = await page.evaluate(() => window.__studio.selections.length);
      await page.mouse.dblclick(point.x, point.y);
      await page.waitForFunction((n) => window.__studio.selections.length > n, before, { timeout });
      await page.waitForTimeout(250);
    }
    const { keys, selections } = await page.evaluate(() => ({ keys: window.__studio.keys, selections: window.__studio.selections }));
    return { keys, selections };
  } finally {
    await page.close();
  }
}

/**
 * The bench's Studio part. `helpers` are the bench's own: its table (`section`, `row`), formatting (`ms`),
 * `median`, and `readerClickToPaint()`, the reader's click-to-paint on the seed from the same run.
 */
export async function measureStudio(browser, { studioUrl, scale, quick, helpers }) {
  const { section, row, ms, median, readerClickToPaint } = helpers;
  const samples = quick ? 3 : 15;
  section(`Studio: ${(scale.bytes / 1e6).toFixed(2)} MB article, 1,000 claims, 4× CPU throttling, median of ${samples}`);
  const studio = await measureStudioPage(browser, { studioUrl, pack: scale.withClaims, samples, timeout: 300_000 });
  const reader = await readerClickToPaint();
  const readerFigure = `${ms(reader.paint)} (reader's click → next frame, seed)`;
  row('Keystroke in a report form → next frame', ms(median(studio.keys)), readerFigure, '', '≤ 50 ms');
  row('Selection in the text → toolbar painted', ms(median(studio.selections)), readerFigure, '', '≤ 50 ms');
  row('… slowest keystroke, slowest selection', `${ms(Math.max(...studio.keys))}, ${ms(Math.max(...studio.selections))}`, '', '', '');
}
