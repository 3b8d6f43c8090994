// The Studio, as an editor uses it: a page of its own on the static site, under the same strict policy.
// The seed article's death toll is annotated from nothing, exported, and the pack checked as the build checks it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPack, packFromJson } from '../../src/core/pack-draft.ts';
import { parseArticleFile } from '../../src/core/parse-article-file.ts';
import { aleppoJson } from '../fixtures/aleppo.ts';
import { PAYLOADS } from '../fixtures/payloads.ts';
import { expect, test } from './fixtures.ts';
import { ARTICLE_PATH, comparison, expectNoAxeViolations, gotoReady, hasNoSidewaysScroll } from './helpers.ts';
import { addSource, dragOver, expectSaved, findWords, pasteSeed, report, STUDIO_PATH } from './studio-helpers.ts';

test('the Studio opens at /studio/ and none of its code loads on a reader’s page', async ({ page }) => {
  const studioFiles: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/studio/')) studioFiles.push(request.url());
  });
  await gotoReady(page, ARTICLE_PATH);
  expect(studioFiles).toEqual([]);

  await page.goto(STUDIO_PATH);
  await expect(page.getByRole('heading', { level: 1, name: 'Tally Studio' })).toBeVisible();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  await expect(page.getByText('No drafts yet.')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an editor annotates the seed’s death toll from pasted text, and the exported pack passes the checks', async ({ page }) => {
  // The longest journey in the suite, with three accessibility scans of a page of a thousand nodes.
  test.slow();
  await pasteSeed(page);
  await page.getByText(/^Article: /).click();
  await page.getByLabel(/^Article id/).fill('aleppo-2016-09-23');
  await expectNoAxeViolations(page);

  // SOHR: selected with the mouse; the form is pre-filled from the words.
  await dragOver(page, 'at least 27 civilians had been killed');
  await page.getByRole('button', { name: 'New claim' }).click();
  const first = report(page, 1);
  await expect(first.getByLabel('Value')).toHaveValue('27');
  await expect(first.getByLabel('Qualifier')).toHaveValue('at-least');
  await expect(first.getByLabel(/^What it counts/)).toHaveValue('civilians killed');
  await expect(first.getByLabel(/^Who is counted/)).toHaveValue('civilians');
  await page.getByLabel(/^Claim title/).fill('Death toll in Aleppo');
  await page.getByLabel(/^Question/).fill('How many people were killed in Aleppo on 23 September?');
  await page.getByLabel(/^Claim id/).fill('death-toll');
  await first.getByLabel(/^Report id/).fill('sohr');
  await addSource(first, 'Syrian Observatory for Human Rights', 'Organisation');
  await findWords(page, 'during the early morning of September 23');
  await first.getByRole('button', { name: 'Use selected words for hours' }).click();
  await first.getByLabel('Label for readers').fill('Early morning of 23 Sept');
  await findWords(page, 'Aleppo');
  await first.getByRole('button', { name: 'Use selected words for place' }).click();
  await findWords(page, 'said at least 27');
  await page.getByRole('searchbox', { name: 'Find words' }).fill('');

  // The forensic team and the hospital: found by typing, added to the claim.
  await findWords(page, 'he had documented 54 deaths since late on September 22, including many women and children');
  await page.getByRole('button', { name: 'Add to claim…' }).click();
  const second = report(page, 2);
  await expect(second.getByLabel('Value')).toHaveValue('54');
  await second.getByLabel(/^Report id/).fill('forensic-team');
  await addSource(second, 'Muhammad Abu Jaafar', 'Person');

  await findWords(page, '91 people had been killed');
  await page.getByRole('button', { name: 'Add to claim…' }).click();
  const third = report(page, 3);
  await expect(third.getByLabel('Value')).toHaveValue('91');
  await third.getByLabel(/^Report id/).fill('hospital');
  await addSource(third, 'Hamza al-Khatib', 'Person');

  // The preview is the reader's comparison, drawn as the editor types.
  const preview = page.getByRole('region', { name: 'Preview: the comparison as readers will see it' });
  await expect(preview.getByRole('heading', { name: 'How many people were killed in Aleppo on 23 September?' })).toBeVisible();
  await expect(preview.getByText('3 sources differ')).toBeVisible();
  await expect(preview.getByRole('article')).toHaveCount(3);
  for (const name of ['Syrian Observatory for Human Rights', 'Muhammad Abu Jaafar', 'Hamza al-Khatib']) {
    await expect(preview.getByRole('article', { name })).toBeVisible();
  }
  await expectNoAxeViolations(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export pack' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('aleppo-2016-09-23.json');
  const json = JSON.parse(await readFile(await download.path(), 'utf8')) as unknown;
  const file = parseArticleFile(json, 'aleppo-2016-09-23.json');
  expect(file.rejectedClaims).toEqual([]);
  expect(file.claims.map((c) => c.reports.map((r) => [r.id, r.sourceIds.length, r.figure?.value]))).toEqual([
    [
      ['sohr', 1, 27],
      ['forensic-team', 1, 54],
      ['hospital', 1, 91],
    ],
  ]);
  const opened = packFromJson(json, 'aleppo-2016-09-23.json');
  const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
  expect(opened.ok && checkPack(opened.pack, sha256)).toEqual([]);
  // The exported file passes the command line's checks, as the build runs them (execFileSync throws on failure).
  const saved = join(await mkdtemp(join(tmpdir(), 'tally-export-')), download.suggestedFilename());
  await copyFile(await download.path(), saved);
  const checked = execFileSync(process.execPath, ['bin/tally.mjs', 'check', saved], { encoding: 'utf8' });
  expect(checked).toContain('1 pack checked: 0 errors, 0 warnings.');

  // The reader draws the exported pack's comparison as the preview did: served in place of the site's file,
  // opened from the library by client navigation, so that the reader fetches it.
  const previewed = await preview.getByRole('article').allInnerTexts();
  const exported = await readFile(await download.path(), 'utf8');
  await page.route('**/data/articles/aleppo-2016-09-23.json', (route) => route.fulfill({ body: exported, contentType: 'application/json' }));
  await gotoReady(page, '/');
  await page.getByRole('link', { name: 'U.S., Russia Fail On Syrian Truce As Dozens Killed In Aleppo', exact: true }).click();
  await page.getByRole('link', { name: /^at least 27 civilians had been killed/ }).click();
  const inReader = comparison(page, 'How many people were killed in Aleppo on 23 September?');
  await expect(inReader.getByText('3 sources differ')).toBeVisible();
  expect(await inReader.getByRole('article').allInnerTexts()).toEqual(previewed);
});

test('an unfinished pack is not exported: its problems are listed and shown at their fields', async ({ page }) => {
  await pasteSeed(page);
  await findWords(page, '91 people had been killed');
  await page.getByRole('button', { name: 'New claim' }).click();
  await page.getByRole('button', { name: 'Export pack' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Not exported: the pack has \d+ problems/ })).toBeVisible();
  await expect(page.getByLabel(/^Claim title/)).toHaveAttribute('aria-invalid', 'true');
  await expect(report(page, 1).getByText('expected at least one source id')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('undo and redo cover every edit, and a reload in the middle of an edit loses nothing', async ({ page }) => {
  await pasteSeed(page);
  await findWords(page, '91 people had been killed');
  await page.getByRole('button', { name: 'New claim' }).click();
  await page.getByLabel(/^Claim title/).fill('Hospital toll');
  await addSource(report(page, 1), 'Hamza al-Khatib', 'Person');
  const hamza = report(page, 1).getByRole('listitem').filter({ hasText: 'Hamza al-Khatib' });

  await page.keyboard.press('Control+z');
  await expect(hamza).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(hamza).toBeVisible();
  // Keystrokes in one field are one step: three undos take back the source, the title and the claim.
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel(/^Claim title/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByLabel(/^Claim title/)).toHaveValue('Hospital toll');
  await expect(hamza).toBeVisible();

  await page.getByLabel(/^Claim title/).fill('Hospital toll, edited');
  await expect(page).toHaveURL(/\/studio\/\?draft=/);
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel(/^Claim title/)).toHaveValue('Hospital toll, edited');
  await expect(hamza).toBeVisible();

  // The draft is listed, to resume or discard.
  await page.getByRole('button', { name: 'Close draft' }).click();
  await expect(page).toHaveURL(/\/studio\/$/);
  const drafts = page.getByRole('region', { name: 'Drafts in this browser' });
  await expect(drafts.getByRole('listitem')).toHaveCount(1);
  await drafts.getByRole('button', { name: /^Resume/ }).click();
  await expect(report(page, 1)).toBeVisible();
  await page.getByRole('button', { name: 'Close draft' }).click();
  await drafts.getByRole('button', { name: /^Discard/ }).click();
  await expect(drafts.getByText('No drafts yet.')).toBeVisible();
});

test('a file that is not a pack gets a clear message and opens nothing', async ({ page }) => {
  await page.goto(STUDIO_PATH);
  await page.getByLabel('Pack file (.json)').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"claims": 3}') });
  await expect(page.getByRole('alert')).toContainText('notes.json is not a valid Tally pack:');
  await page.getByLabel('Pack file (.json)').setInputFiles({ name: 'page.json', mimeType: 'application/json', buffer: Buffer.from('<html>') });
  await expect(page.getByRole('alert')).toContainText('page.json is not a JSON file.');
  await expect(page.getByRole('button', { name: 'Start annotating' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the whole annotation works from the keyboard alone', async ({ page }) => {
  await pasteSeed(page);
  const text = page.getByRole('textbox', { name: /Article text/ });
  // Shift+arrows select in the text as in a document.
  await text.focus();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  await expect(page.getByRole('toolbar', { name: 'Selected words' })).toContainText('Selected: “Your browser doesn’t”');

  // The "find words" box, then Tab to the toolbar's button.
  const find = page.getByRole('searchbox', { name: 'Find words' });
  await find.focus();
  await page.keyboard.type('at least 15 in the village');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('toolbar', { name: 'Selected words' })).toContainText('Selected: “at least 15 in the village”');
  await page.getByRole('button', { name: 'New claim' }).focus();
  await page.keyboard.press('Enter');
  await expect(report(page, 1).getByLabel('Value')).toHaveValue('15');
  await page.getByLabel(/^Claim title/).focus();
  await page.keyboard.type('Deaths in Bushqatin');
  await expect(page.getByLabel(/^Claim title/)).toHaveValue('Deaths in Bushqatin');
  await report(page, 1).getByLabel('Who said it').focus();
  await page.keyboard.type('SOHR');
  await page.keyboard.press('Enter');
  // A new source's kind is asked for, from the keyboard too: Enter leads to it, and Enter again adds the source.
  await expect(report(page, 1).getByLabel('Kind of source')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(report(page, 1).getByLabel('Kind of source')).toHaveValue('organisation');
  await report(page, 1).getByLabel('Who said it').focus();
  await page.keyboard.press('Enter');
  await expect(report(page, 1).getByRole('listitem').filter({ hasText: 'SOHR' })).toBeVisible();
  const focused = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(focused).not.toBe('none');
});

test('works on a 390 px phone, with no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await pasteSeed(page);
  await findWords(page, 'at least 27 civilians had been killed');
  await page.getByRole('button', { name: 'New claim' }).click();
  await page.getByLabel(/^Claim title/).fill('Death toll');
  await page.getByLabel(/^Question/).fill('How many were killed?');
  await addSource(report(page, 1), 'SOHR', 'Organisation');
  await expect(page.getByRole('region', { name: /^Preview/ }).getByText('at least 27', { exact: true })).toBeVisible();
  expect(await hasNoSidewaysScroll(page)).toBe(true);
  await expectNoAxeViolations(page);
});

test('script-injection payloads typed in fields are shown as text', async ({ page }) => {
  await page.goto(STUDIO_PATH);
  await page.getByLabel(/^Title/).fill(PAYLOADS[4]);
  await page.getByLabel('Outlet').fill(PAYLOADS[0]);
  await page.getByLabel('Date published').fill('2020-01-01');
  // The preview needs a valid article, origin included.
  await page.getByLabel('Web address').fill('https://example.org/payloads');
  await page.getByLabel(/^Date retrieved/).fill('2020-01-02');
  await page.getByLabel(/^Text/).fill(`Payloads said 12 people ${PAYLOADS.join(' ')} were hurt.\n\nThe end.`);
  await page.getByRole('button', { name: 'Start annotating' }).click();
  await findWords(page, 'Payloads said 12 people');
  await page.getByRole('button', { name: 'New claim' }).click();
  await page.getByLabel(/^Claim title/).fill(PAYLOADS[1]);
  await page.getByLabel(/^Question/).fill(PAYLOADS[5]);
  await addSource(report(page, 1), PAYLOADS[2], 'Person');
  // The selected words say what is counted but not what happened to them: the editor gives the unit.
  await report(page, 1).getByLabel(/^Unit/).fill('people');
  const preview = page.getByRole('region', { name: /^Preview/ });
  await expect(preview.getByRole('heading', { name: PAYLOADS[5] })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /Article text/ })).toContainText(PAYLOADS[0]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('.studio img, .studio script, .studio iframe, .studio svg[onload]').count()).toBe(0);
  await expectNoAxeViolations(page);
});

test('a saved web page gives the article’s text and metadata, and none of its scripts run', async ({ page }) => {
  await page.goto(STUDIO_PATH);
  await page.getByLabel('Or open a saved web page (.html)').setInputFiles('tests/fixtures/saved-page.html');
  await expect(page.getByRole('status').filter({ hasText: 'Taken from saved-page.html: check the title, byline' })).toBeVisible();
  await expect(page.getByLabel(/^Byline or credit/)).toHaveValue('Ana Ruiz');
  await expect(page.getByLabel(/^Title/)).toHaveValue('Flood leaves towns under water');
  await expect(page.getByLabel('Outlet')).toHaveValue('The Valley Courier');
  await expect(page.getByLabel('Date published')).toHaveValue('2024-03-05');
  await expect(page.getByLabel('Web address')).toHaveValue('https://courier.example/2024/03/05/flood');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start annotating' }).click();
  await expect(page.getByRole('textbox', { name: /Article text/ })).toContainText('about 1,200 homes had been flooded');
  await findWords(page, 'about 1,200 homes had been flooded');
  await page.getByRole('button', { name: 'New claim' }).click();
  await expect(report(page, 1).getByLabel('Value')).toHaveValue('1200');
  await expect(report(page, 1).getByLabel('Qualifier')).toHaveValue('about');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('quotes that no longer match an edited text are listed with suggestions, confirmed or rejected one by one', async ({ page }) => {
  // Many steps, each drawing the Studio again: more than the default time on a loaded machine.
  test.slow();
  const pack = aleppoJson();
  const blocks = (pack.article as { blocks: { text: string }[] }).blocks;
  for (const block of blocks) {
    block.text = block.text.replace('at least 27 civilians had been killed', 'at least 27 civilians were killed').replace('91 people had been killed', '91 people have been killed');
  }
  await page.goto(STUDIO_PATH);
  await page.getByLabel('Pack file (.json)').setInputFiles({ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
  const orphans = page.getByRole('region', { name: 'Quotes that no longer match the text' });
  const sohr = orphans.getByRole('listitem', { name: 'Death toll in Aleppo, report sohr' });
  const hospital = orphans.getByRole('listitem', { name: 'Death toll in Aleppo, report hospital' });
  await expect(sohr).toContainText('its quote does not occur in the article text');
  await expect(sohr).toContainText('Suggested: “at least 27 civilians were killed');
  await expectNoAxeViolations(page);

  await sohr.getByRole('button', { name: 'Accept suggestion' }).click();
  await expect(sohr).toHaveCount(0);

  await hospital.getByRole('button', { name: 'Reject suggestion' }).click();
  await expect(hospital).toContainText('Suggestion rejected.');
  await findWords(page, '91 people have been killed');
  await hospital.getByRole('button', { name: 'Use selected words as the quote' }).click();
  await expect(hospital).toHaveCount(0);
  // Undo puts the quote back as it was: nothing is moved beyond recall.
  await page.keyboard.press('Control+z');
  await expect(hospital).toBeVisible();
});
