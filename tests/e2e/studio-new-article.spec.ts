// A new article annotated from its start form, as a first-time editor meets it: the web address asked for
// with its reason, the byline kept in its field, the figure's kind and unit read from general words, a
// source's kind chosen, hours that end in "p.m.", vague words, and problems named by their fields.
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations } from './helpers.ts';
import { addSource, findWords, report, STUDIO_PATH } from './studio-helpers.ts';

// A synthetic article (a test fixture, never published): four accounts of one crowd.
const TEXT = `Crowds Fill Millbrook For River Festival

The Millbrook River Trust, which runs the festival, said 18,000 people had taken part between noon and 3 p.m. on Sunday.

Millbrook police said about 6,500 people were present at its peak.

A local councillor said on the radio that "a few thousand" had turned out.`;

test('a new article: the address is asked for with its reason, and the form reads what the words allow', async ({ page }) => {
  test.slow();
  await page.goto(STUDIO_PATH);
  await page.getByLabel('Outlet').fill('Millbrook Courier');
  await page.getByLabel('Date published').fill('2025-06-01');
  await page.getByLabel(/^Byline/).fill('By Ana Test');
  await page.getByLabel(/^Text/).fill(TEXT);
  await expect(page.getByText('Required: Tally’s exports point to it. No address? Give its online edition’s, or an archive copy’s.')).toBeVisible();

  // No address: the start form says so at once, beside the field, and puts the focus in it.
  await page.getByRole('button', { name: 'Start annotating' }).click();
  await expect(page.getByRole('alert')).toHaveText(/^Give the article’s web address first/);
  await expect(page.getByLabel(/^Web address/)).toBeFocused();
  await expect(page.getByLabel(/^Web address/)).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await page.keyboard.type('https://courier.example/festival');
  await page.getByLabel(/^Date retrieved/).fill('2025-06-02');
  await page.getByRole('button', { name: 'Start annotating' }).click();
  await expect(page.getByRole('textbox', { name: /Article text/ })).toContainText('18,000 people had taken part');
  await page.getByText(/^Article: /).click();
  await expect(page.getByLabel(/^Byline or credit/)).toHaveValue('By Ana Test');

  // General words for being there read as people present, with the unit; the editor may change both.
  await findWords(page, '18,000 people had taken part');
  await page.getByRole('button', { name: 'New claim' }).click();
  const first = report(page, 1);
  await expect(first.getByLabel(/^Kind of figure/)).toHaveValue('people-present');
  await expect(first.getByLabel(/^Unit/)).toHaveValue('people');
  await page.getByLabel(/^Claim title/).fill('Crowd at the festival');
  await page.getByLabel(/^Question/).fill('How many people came to the festival?');

  // A new source's kind is the editor's choice: asked for, never guessed.
  await first.getByLabel('Who said it').fill('Millbrook River Trust');
  await first.getByRole('button', { name: 'Add new source' }).click();
  await expect(first.getByRole('alert')).toHaveText(/^Choose what kind of source “Millbrook River Trust” is/);
  await expect(first.getByLabel('Kind of source')).toBeFocused();
  await first.getByLabel('Kind of source').selectOption({ label: 'Organisation' });
  await first.getByRole('button', { name: 'Add new source' }).click();
  await expect(first.getByRole('listitem').filter({ hasText: 'Millbrook River Trust' })).toBeVisible();

  // Hours found by typing keep the full stop of "p.m.".
  await findWords(page, 'between noon and 3 p.m.');
  await first.getByRole('button', { name: 'Use selected words for hours' }).click();
  await expect(first.getByText('“between noon and 3 p.m.”')).toBeVisible();
  await expect(first.getByLabel('Label for readers')).toHaveValue('between noon and 3 p.m.');

  // Vague words keep their words; the range is Tally's suggested reading, labelled so.
  await findWords(page, '"a few thousand" had turned out');
  await page.getByRole('button', { name: 'Add to claim…' }).click();
  const second = report(page, 2);
  await expect(second.getByLabel(/^Words of the figure/)).toHaveValue('a few thousand');
  await expect(second.getByLabel('Qualifier')).toHaveValue('vague');
  await expect(second.getByLabel('Tally’s reading: from')).toHaveValue('2000');
  await expect(second.getByLabel('Tally’s reading: to')).toHaveValue('5000');
  await expect(second.getByLabel(/^What it counts/)).toHaveValue('people present');
  // "Counted as" stays within reach though the article names no one; another report is named by who gave it.
  await expect(second.getByLabel(/^Counted as/)).toBeVisible();
  await expect(second.getByLabel(/^Part of another report’s total/).locator('option')).toContainText(['part of report 1: Millbrook River Trust, “18,000”']);
  await addSource(second, 'A local councillor', 'Person');
  await page.getByText(/^Sources \(/).click();
  await expect(page.getByRole('group', { name: 'Millbrook River Trust' }).getByLabel('Kind')).toHaveValue('organisation');
  await expect(page.getByRole('group', { name: 'A local councillor' }).getByLabel('Kind')).toHaveValue('person');

  const preview = page.getByRole('region', { name: 'Preview: the comparison as readers will see it' });
  await expect(preview.getByRole('heading', { name: 'How many people came to the festival?' })).toBeVisible();
  // In the narrow preview column of a wide screen, a card's labels wrap between words and the chart's
  // names and ticks are not cut.
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(preview).toHaveCSS('position', 'sticky');
  await preview.screenshot({ path: test.info().outputPath('preview.png') });
  const facts = preview.locator('.report-facts dt');
  for (const dt of await facts.all()) expect(await dt.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  const inside = await preview.locator('.figure-axis').evaluate((figure) => {
    const frame = figure.closest('.studio-preview-frame')!.getBoundingClientRect();
    return [...figure.querySelectorAll('text')].every((text) => {
      const box = text.getBoundingClientRect();
      return box.left >= frame.left && box.right <= frame.right;
    });
  });
  expect(inside).toBe(true);
  await expectNoAxeViolations(page);

  // An article's problem is named as the article's field, never blamed on the claim, and leads to the field.
  await page.getByLabel(/^Web address/).fill('');
  await expect(preview.getByText('The preview appears once the article’s details are complete.')).toBeVisible();
  await expect(preview.getByText(/^The article’s web address: still empty\./)).toBeVisible();
  await expect(preview.getByText(/claim’s fields|article\.origin/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Export pack' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Not exported: the pack has 1 problem, shown next to its field and listed below.' })).toBeVisible();
  await expect(page.getByRole('list', { name: /^Problems to fix/ })).toHaveText(/^The article’s web address: still empty\./);
  await page.getByLabel(/^Claim title/).focus();
  await preview.getByRole('button', { name: 'Go to the article’s web address' }).click();
  await expect(page.getByLabel(/^Web address/)).toBeFocused();
  await expectNoAxeViolations(page);
});
