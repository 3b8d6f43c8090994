// What an editor does again and again in the Studio, shared by its browser tests.
import { expect, type Locator, type Page } from '@playwright/test';
import { seedText } from '../fixtures/aleppo.ts';

export const STUDIO_PATH = '/studio/';

export async function pasteSeed(page: Page) {
  await page.goto(STUDIO_PATH);
  await page.getByLabel('Outlet').fill('RFE/RL');
  await page.getByLabel('Date published').fill('2016-09-23');
  await page.getByLabel('Web address').fill('https://www.rferl.org/a/syria-aleppo-air-strikes/28008440.html');
  await page.getByLabel(/^Date retrieved/).fill('2026-11-26');
  await page.getByLabel(/^Language/).fill('en');
  await page.getByLabel(/^Text/).fill(seedText);
  await page.getByRole('button', { name: 'Start annotating' }).click();
  await expect(page.getByRole('textbox', { name: /Article text/ })).toContainText('at least 27 civilians had been killed');
}

/** Selects words by typing them in the "find words" box, as a screen-reader user would. */
export async function findWords(page: Page, words: string) {
  await page.getByRole('searchbox', { name: 'Find words' }).fill(words);
  await page.getByRole('button', { name: 'Select', exact: true }).click();
  await expect(page.getByRole('toolbar', { name: 'Selected words' })).toContainText(`Selected: “${words}”`);
}

/** Selects words with the mouse: a drag from the first character to the last. */
export async function dragOver(page: Page, words: string) {
  const box = await page.evaluate((wanted) => {
    const root = document.getElementById('studio-text')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      node.parentElement!.scrollIntoView({ block: 'center' });
      const first = range.getBoundingClientRect();
      range.setStart(node, at + wanted.length - 1);
      range.setEnd(node, at + wanted.length);
      const last = range.getBoundingClientRect();
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    throw new Error(`not found: ${wanted}`);
  }, words);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByRole('toolbar', { name: 'Selected words' })).toContainText(`Selected: “${words}”`);
}

export const report = (page: Page, n: number) => page.getByRole('listitem', { name: `Report ${n}` });

/** Adds a source by name; a new one needs its kind ("Person", "Organisation"…), which the Studio never guesses. */
export async function addSource(item: Locator, name: string, kind?: string) {
  await item.getByLabel('Who said it').fill(name);
  if (kind) await item.getByLabel('Kind of source').selectOption({ label: kind });
  await item.getByRole('button', { name: /^Add (new source|.+ as a source)$/ }).click();
  await expect(item.getByRole('listitem').filter({ hasText: name })).toBeVisible();
}

/** Waits until the Studio says the draft and its undo steps are written to the browser's storage. */
export async function expectSaved(page: Page) {
  await expect(page.getByText('All changes saved in this browser.')).toBeVisible();
}
