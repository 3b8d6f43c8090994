// The Studio with a 1 MB article of 1,000 claims (`npm run bench -- --only=studio`): keystroke-to-paint in a
// report form and selection-to-toolbar at 4× CPU throttling, printed next to a floor measured in the same
// run — a bare page holding the same text, editable and drawn as the Studio draws it, beside one text field,
// whose only script shows the selected words in a toolbar (what the browser itself costs on a page this
// size) — and next to the reader's click-to-paint. Each is timed as the reader's click is: from the input
// event's timestamp to the frame after it (for a selection, the frame after the toolbar shows the words).
// Both are measured again with no throttling, against "within a frame or two" at this machine's own speed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

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
 * A double-click as a person makes one: each press held 60 ms, 80 ms between the clicks. Sent back to back
 * (Playwright's `dblclick`), both clicks were handled in one task, and the first click's own work was counted
 * in the time from the second press.
 */
async function doubleClick(page, { x, y }) {
  await page.mouse.move(x, y);
  for (const clickCount of [1, 2]) {
    if (clickCount === 2) await page.waitForTimeout(80);
    await page.mouse.down({ clickCount });
    await page.waitForTimeout(60);
    await page.mouse.up({ clickCount });
  }
}

/**
 * Opens the 1,000-claim pack in the Studio, then types in the first report's "What it counts" field and
 * double-clicks words of the text, one at a time, with the CPU slowed `rate` times. Returns every time taken.
 * Input is paced as a person's would be: the page gets time to settle between keystrokes.
 */
async function measureStudioPage(browser, { open, samples, timeout, rate }) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.addInitScript(studioProbe);
    const field = await open(page);
    await field.waitFor({ timeout });
    await page.getByRole('textbox', { name: /Article text/ }).waitFor({ timeout });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
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

    // Selections: a double-click on a word of a paragraph, each time another paragraph, and a word other than
    // the last one selected (the same words again leave the toolbar nothing to draw).
    const words = await page.evaluate((count) => {
      const root = document.getElementById('studio-text');
      const blocks = [...root.querySelectorAll('p')];
      const found = [];
      let last;
      for (let b = 0; found.length < count && b < blocks.length; b += 7) {
        const node = [...blocks[b].childNodes].find((n) => n.nodeType === Node.TEXT_NODE && /\w{4,}/.test(n.textContent));
        const word = node?.textContent.match(/\b\w{4,}\b/);
        if (!word || word[0] === last) continue;
        last = word[0];
        found.push({ block: b, at: word.index });
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
      await doubleClick(page, point);
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
 * `times` (a ratio), `median`, and `readerClickToPaint()`, the reader's click-to-paint on the seed from the same run.
 */
export async function measureStudio(browser, { studioUrl, scale, quick, work, helpers }) {
  const { section, row, ms, times, median, readerClickToPaint } = helpers;
  const samples = quick ? 3 : 15;
  const pack = scale.withClaims;
  const timeout = 300_000;
  const floorFile = join(work, 'studio-floor.html');
  writeFileSync(floorFile, floorPage(pack.article.blocks));
  /** The Studio and its floor, each with the CPU slowed `rate` times. */
  const measureAt = async (rate) => ({
    studio: await measureStudioPage(browser, {
      samples,
      timeout,
      rate,
      open: async (page) => {
        await page.goto(studioUrl);
        await page.getByLabel('Pack file (.json)').setInputFiles({
          name: `${pack.article.id}.json`,
          mimeType: 'application/json',
          buffer: Buffer.from(JSON.stringify(pack)),
        });
        return page.getByRole('listitem', { name: 'Report 1' }).getByLabel('What it counts');
      },
    }),
    floor: await measureStudioPage(browser, {
      samples,
      timeout,
      rate,
      open: async (page) => {
        await page.goto(pathToFileURL(floorFile).href);
        return page.getByLabel('What it counts');
      },
    }),
  });
  const rows = ({ studio, floor }, label, target) => {
    row(`Keystroke in a report form → next frame${label}`, ms(median(studio.keys)), `${ms(median(floor.keys))} (bare page, same text)`, times(median(studio.keys), median(floor.keys)), target);
    row(`Selection in the text → toolbar painted${label}`, ms(median(studio.selections)), `${ms(median(floor.selections))} (bare page, same text)`, times(median(studio.selections), median(floor.selections)), target);
    row(`… slowest keystroke, slowest selection${label}`, `${ms(Math.max(...studio.keys))}, ${ms(Math.max(...studio.selections))}`, `${ms(Math.max(...floor.keys))}, ${ms(Math.max(...floor.selections))}`, '', '');
  };

  const throttled = await measureAt(4);
  const reader = await readerClickToPaint();
  section(`Studio: ${(scale.bytes / 1e6).toFixed(2)} MB article, 1,000 claims, 4× CPU throttling, median of ${samples}`);
  rows(throttled, '', '≤ 50 ms');
  row('… next to the reader', `${ms(median(throttled.studio.keys))}, ${ms(median(throttled.studio.selections))}`, `${ms(reader.paint)} (reader's click → next frame, seed)`, '', '');
  // "Within a frame or two" at this machine's own speed: two frames at 60 Hz.
  section(`Studio: the same, no CPU throttling, median of ${samples}`);
  rows(await measureAt(1), ' (no throttling)', '≤ 33.3 ms (two frames)');
}

/**
 * The floor: the same paragraphs in an editable box (as the Studio's, `plaintext-only`, in runs that skip
 * rendering out of view) beside one text field, in two columns like the Studio's, and a toolbar that shows
 * the selected words — the least an app can do for these two inputs. No framework, no checks, no saving.
 */
function floorPage(blocks) {
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  // In runs of 40 paragraphs, those after the first skipping layout and paint until near the view, as the
  // Studio's text does (studio.css): the floor gets the same help from the browser, and nothing more.
  const chunks = [];
  for (let b = 0; b < blocks.length; b += 40) chunks.push(`<div class="chunk">${blocks.slice(b, b + 40).map((block) => `<p>${escape(block.text)}</p>`).join('')}</div>`);
  const paragraphs = chunks.join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Floor: the Studio's inputs on a bare page</title>
<style>
body { margin: 0; display: grid; grid-template-columns: minmax(0, 1fr) 26rem; gap: 1.5rem; padding: 1rem; font: 1rem/1.6 Georgia, serif; }
#studio-text { max-width: 42rem; outline: none; }
#studio-text p { margin: 0 0 0.8rem; }
.chunk + .chunk { content-visibility: auto; contain-intrinsic-size: auto 300em; }
aside { position: sticky; top: 1rem; align-self: start; font-family: system-ui, sans-serif; }
</style></head>
<body>
<div id="studio-text" role="textbox" aria-multiline="true" aria-label="Article text" contenteditable="plaintext-only">
${paragraphs}
</div>
<aside>
<div role="toolbar" aria-label="Selected words">Nothing selected</div>
<form><label>What it counts <input type="text" value="people"></label></form>
</aside>
<script>
const toolbar = document.querySelector('[role="toolbar"]');
document.addEventListener('selectionchange', () => {
  const words = String(getSelection());
  toolbar.textContent = words ? 'Selected: “' + words + '”' : 'Nothing selected';
});
</script>
</body></html>`;
}
