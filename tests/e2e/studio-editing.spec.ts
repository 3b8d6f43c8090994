// The Studio beyond a first draft: "Edit in Studio" from the library, a published pack exported and read
// back by the reader, undo after a reload, the rest of the schema's fields, touch, and axe in each state.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { ARTICLE_PATH, comparison, expectNoAxeViolations, gotoReady, hasNoSidewaysScroll } from './helpers.ts';
import { expectSaved, findWords, pasteSeed, report, STUDIO_PATH } from './studio-helpers.ts';

const ARTICLE_ID = 'aleppo-2016-09-23';
const TITLE = 'U.S., Russia Fail On Syrian Truce As Dozens Killed In Aleppo';
const DATA_FILE = `**/data/articles/${ARTICLE_ID}.json`;

/** From the library, by client navigation (so the article's data file is fetched), to the death toll's comparison. */
async function tollFromLibrary(page: Page): Promise<string> {
  await gotoReady(page, '/');
  await page.getByRole('link', { name: TITLE, exact: true }).click();
  await page.getByRole('link', { name: /^at least 27 civilians had been killed/ }).click();
  await expect(page).toHaveURL(/\/aleppo-2016-09-23\/death-toll\/sohr\/$/);
  const panel = comparison(page);
  await expect(panel.getByText('91', { exact: true }).first()).toBeVisible();
  return panel.innerText();
}

async function editFromLibrary(page: Page) {
  await gotoReady(page, '/');
  const edit = page.getByRole('link', { name: `Edit in Studio: ${TITLE}` });
  await expect(edit).toHaveAttribute('href', `/studio/?article=${ARTICLE_ID}`);
  await edit.click();
}

test('“Edit in Studio” opens a published pack as a new draft, and asks before it would open over a draft of it', async ({ page }) => {
  // Five page loads and three axe runs: more than the default time on a loaded machine.
  test.slow();
  const studioFiles: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/studio/')) studioFiles.push(request.url());
  });
  // The article's page links to the Studio too, as a plain link that loads none of its code.
  await gotoReady(page, ARTICLE_PATH);
  await expect(page.getByRole('link', { name: 'Edit in Studio' })).toHaveAttribute('href', `/studio/?article=${ARTICLE_ID}`);
  await gotoReady(page, '/');
  expect(studioFiles).toEqual([]);

  await editFromLibrary(page);
  await expect(page).toHaveURL(/\/studio\/\?draft=/);
  await expect(page.getByRole('textbox', { name: /Article text/ })).toContainText('at least 27 civilians had been killed');
  await expect(page.getByLabel('Claim being edited')).toHaveValue('death-toll');
  await expectNoAxeViolations(page);
  await page.getByLabel(/^Claim title/).fill('Death toll, my edit');

  // A second visit finds the draft: the editor chooses, and the draft is never replaced.
  await editFromLibrary(page);
  const choice = page.getByRole('region', { name: `You already have a draft of “${TITLE}”` });
  await expect(choice).toBeVisible();
  await expect(page).toHaveURL(/\/studio\/\?article=aleppo-2016-09-23$/);
  await expectNoAxeViolations(page);
  await choice.getByRole('button', { name: /^Resume this draft/ }).click();
  await expect(page.getByLabel(/^Claim title/)).toHaveValue('Death toll, my edit');

  await editFromLibrary(page);
  await page.getByRole('button', { name: 'Start a new draft from the published pack' }).click();
  await expect(page.getByLabel(/^Claim title/)).toHaveValue('Death toll in Aleppo');
  await page.getByRole('button', { name: 'Close draft' }).click();
  const drafts = page.getByRole('region', { name: 'Drafts in this browser' });
  await expect(drafts.getByRole('listitem')).toHaveCount(2);
  await expectNoAxeViolations(page);
});

test('an article that cannot be opened for editing says why, and leads back to the start', async ({ page }) => {
  await page.goto(`${STUDIO_PATH}?article=no-such-article`);
  await expect(page.getByRole('alert')).toContainText('data/articles/no-such-article.json could not be fetched: the server answered 404');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Go to the Studio’s start' }).click();
  await expect(page.getByRole('button', { name: 'Start annotating' })).toBeVisible();
  await expect(page).toHaveURL(/\/studio\/$/);
});

test('a published pack exported from the Studio renders the very same comparison in the reader', async ({ page }) => {
  test.slow();
  const published = await tollFromLibrary(page);

  await editFromLibrary(page);
  await expect(page.getByLabel('Claim being edited')).toHaveValue('death-toll');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export pack' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${ARTICLE_ID}.json`);
  const exported = await readFile((await download.path()), 'utf8');

  // The exported file stands in for the site's, and the reader loads it as it loads any article.
  let served = 0;
  await page.route(DATA_FILE, async (route) => {
    served++;
    await route.fulfill({ body: exported, contentType: 'application/json' });
  });
  const fromExport = await tollFromLibrary(page);
  expect(served).toBeGreaterThan(0);
  expect(fromExport).toBe(published);
});

test('undo and redo still work after a reload', async ({ page }) => {
  await pasteSeed(page);
  await findWords(page, '91 people had been killed');
  await page.getByRole('button', { name: 'New claim' }).click();
  await page.getByLabel(/^Claim title/).fill('Hospital toll');
  await expect(page).toHaveURL(/\/studio\/\?draft=/);
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel(/^Claim title/)).toHaveValue('Hospital toll');

  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
  await page.keyboard.press('Control+z');
  await expect(page.getByLabel(/^Claim title/)).toHaveValue('');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel(/^Claim title/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  // The steps undone can be redone after another reload.
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Redo' })).toBeEnabled();
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByLabel(/^Claim title/)).toHaveValue('Hospital toll');
});

test('every part of a report and a claim can be filled from the keyboard, with problems beside the field', async ({ page }) => {
  await pasteSeed(page);
  await findWords(page, 'at least 27 civilians had been killed');
  await page.getByRole('button', { name: 'New claim' }).click();
  await findWords(page, '54 deaths');
  await page.getByRole('button', { name: 'Add to claim…' }).click();
  const forensic = report(page, 2);

  await forensic.getByLabel('Qualifier').selectOption('may-have');
  await expect(forensic.getByLabel('Qualifier')).toHaveValue('may-have');
  await forensic.getByLabel('Qualifier').selectOption('exact');
  await forensic.getByLabel(/^Recorded by the source/).fill('documented');
  await forensic.getByLabel(/^Part of another report’s total/).selectOption('report');
  await expect(forensic.getByLabel(/^Part of another report’s total/)).toHaveValue('report');

  // A place, and the place the article puts it in.
  await findWords(page, 'Aleppo');
  await report(page, 1).getByRole('button', { name: 'Use selected words for place' }).click();
  await findWords(page, 'Bushqatin');
  await forensic.getByRole('button', { name: 'Use selected words for place' }).click();
  // The list of places is drawn only when opened: an article can name hundreds.
  await expect(forensic.getByRole('checkbox', { name: 'Aleppo' })).toHaveCount(0);
  await forensic.getByText('Inside: not stated').click();
  await forensic.getByRole('checkbox', { name: 'Aleppo' }).check();
  await expect(forensic.getByText('Inside: Aleppo')).toBeVisible();
  await expect(forensic.getByRole('group', { name: 'Inside which places the article puts Bushqatin' }).getByRole('checkbox', { name: 'Aleppo' })).toBeChecked();

  // A step of the chain, and whom it reached.
  await findWords(page, 'told');
  await forensic.getByRole('button', { name: 'Add selected words as a step' }).click();
  await forensic.getByLabel(/^Step 1: to whom/).fill('Reuters');
  await expect(forensic.getByLabel(/^Step 1: to whom/)).toHaveValue('Reuters');

  // Tally's note: blank words are a problem, shown at the note.
  const note = page.getByLabel(/^Tally’s note/);
  await note.fill('   ');
  await expect(note).toHaveAttribute('aria-invalid', 'true');
  await note.fill('The forensic team counted bodies it examined.');
  await expect(note).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel(/^Kind(?! of)/).first().selectOption('statement');
  await page.getByLabel(/^The accounts/).selectOption('differ');
  await expect(page.getByLabel(/^The accounts/)).toHaveValue('differ');
  await expectNoAxeViolations(page);
});

test.describe('on a touch phone (390 px, touch events, mobile viewport)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a selection made by touch opens the toolbar, and its buttons answer taps', async ({ page }) => {
    await pasteSeed(page);
    const text = page.getByRole('textbox', { name: /Article text/ });
    // A tap in the text puts the caret there, as a finger does.
    await text.scrollIntoViewIfNeeded();
    const box = (await text.boundingBox())!;
    await page.touchscreen.tap(box.x + 20, box.y + 10);
    // Chromium here has no long-press gesture to emulate: the selection a long press and its handles make
    // is set as the browser sets it, and the Studio follows it through the same selectionchange event.
    await page.evaluate((words) => {
      const root = document.getElementById('studio-text')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(words);
        if (at >= 0) return document.getSelection()!.setBaseAndExtent(node, at, node, at + words.length);
      }
      throw new Error(`not found: ${words}`);
    }, 'at least 27 civilians had been killed');
    const toolbar = page.getByRole('toolbar', { name: 'Selected words' });
    await expect(toolbar).toContainText('Selected: “at least 27 civilians had been killed”');
    const newClaim = page.getByRole('button', { name: 'New claim' });
    const target = (await newClaim.boundingBox())!;
    // WCAG 2.2's smallest target, 24 by 24 CSS pixels.
    expect(target.width).toBeGreaterThanOrEqual(24);
    expect(target.height).toBeGreaterThanOrEqual(24);
    await newClaim.scrollIntoViewIfNeeded();
    const tapAt = (await newClaim.boundingBox())!;
    await page.touchscreen.tap(tapAt.x + tapAt.width / 2, tapAt.y + tapAt.height / 2);
    await expect(report(page, 1).getByLabel('Value')).toHaveValue('27');
    expect(await hasNoSidewaysScroll(page)).toBe(true);
    await expectNoAxeViolations(page);
  });
});

test('axe finds nothing in the start screen, the keyboard journey and a draft holding script-like text', async ({ page }) => {
  await page.goto(STUDIO_PATH);
  await expect(page.getByRole('button', { name: 'Start annotating' })).toBeVisible();
  await expectNoAxeViolations(page);
  await pasteSeed(page);
  const find = page.getByRole('searchbox', { name: 'Find words' });
  await find.focus();
  await page.keyboard.type('at least 15 in the village');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'New claim' }).focus();
  await page.keyboard.press('Enter');
  await page.getByLabel(/^Claim title/).focus();
  await page.keyboard.type('<img src=x onerror="window.__pwned=1">');
  await expect(page.getByLabel(/^Claim title/)).toHaveValue('<img src=x onerror="window.__pwned=1">');
  await expectNoAxeViolations(page);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('typing a claim’s id and a report’s id key by key keeps the form, the focus and the claim open, and undoes as one step each', async ({ page }) => {
  await pasteSeed(page);
  await findWords(page, 'at least 27 civilians had been killed');
  await page.getByRole('button', { name: 'New claim' }).click();
  await findWords(page, 'he had documented 54 deaths');
  await page.getByRole('button', { name: 'Add to claim…' }).click();
  await expect(report(page, 2)).toBeVisible();

  const claimId = page.getByLabel(/^Claim id/);
  const firstClaimId = await claimId.inputValue();
  await claimId.fill('');
  await claimId.pressSequentially('toll');
  await expect(claimId).toBeFocused();
  await expect(claimId).toHaveValue('toll');
  await expect(report(page, 2)).toBeVisible();

  const reportId = report(page, 2).getByLabel(/^Report id/);
  const firstReportId = await reportId.inputValue();
  await reportId.fill('');
  await reportId.pressSequentially('team');
  await expect(reportId).toBeFocused();
  await expect(reportId).toHaveValue('team');
  await expect(report(page, 1).getByLabel(/^Report id/)).not.toHaveValue('team');

  // The keystrokes in each field are one step: two undos go back to the ids as they were.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(report(page, 2).getByLabel(/^Report id/)).toHaveValue(firstReportId);
  await expect(page.getByLabel(/^Claim id/)).toHaveValue('toll');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByLabel(/^Claim id/)).toHaveValue(firstClaimId);
});

test('undoing a new id given to a claim that is not the last keeps that claim open', async ({ page }) => {
  await pasteSeed(page);
  await findWords(page, 'at least 27 civilians had been killed');
  await page.getByRole('button', { name: 'New claim' }).click();
  const claimId = page.getByLabel(/^Claim id/);
  const first = await claimId.inputValue();
  await findWords(page, 'he had documented 54 deaths');
  await page.getByRole('button', { name: 'New claim' }).click();
  await expect(claimId).not.toHaveValue(first);

  const editing = page.getByLabel('Claim being edited');
  await editing.selectOption(first);
  await expect(claimId).toHaveValue(first);
  await claimId.fill('renamed');
  await expect(editing).toHaveValue('renamed');
  // The undo takes the id back: the same claim stays open, not the last one.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(claimId).toHaveValue(first);
  await expect(editing).toHaveValue(first);
});

test('a long selection is named by its ends in the toolbar, which stays small over the text on a phone, and a new claim quotes all of it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await pasteSeed(page);
  const passage =
    'A member of the city’s forensic team, Muhammad Abu Jaafar, said he had documented 54 deaths since late on September 22, including many women and children';
  const inText = await page.getByRole('textbox', { name: /Article text/ }).textContent();
  // The seed's own apostrophe, whichever it is.
  const words = inText!.includes(passage) ? passage : passage.replace('’', "'");
  await page.getByRole('searchbox', { name: 'Find words' }).fill(words);
  await page.getByRole('button', { name: 'Select', exact: true }).click();
  const toolbar = page.getByRole('toolbar', { name: 'Selected words' });
  await expect(toolbar).toContainText('Selected: “A member of the city');
  await expect(toolbar).toContainText('including many women and children” (26 words)');
  await expect(toolbar).not.toContainText('he had documented 54 deaths since late');
  expect((await toolbar.boundingBox())!.height).toBeLessThan(844 / 3);
  await page.getByRole('button', { name: 'New claim' }).click();
  await expect(report(page, 1).locator('.studio-quote')).toHaveText(words);
});
