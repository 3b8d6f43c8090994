import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { parseArticleFile } from '../../src/core/parse-article-file.ts';
import { readableArticle } from '../../src/core/readable-article.ts';
import { Comparison } from '../../src/features/comparison/Comparison.tsx';
import { aleppoJson, ARTICLE_FILE } from '../fixtures/aleppo.ts';

const readable = readableArticle(parseArticleFile(aleppoJson(), ARTICLE_FILE));

function show(claimId: string) {
  const claim = readable.claims.find((c) => c.id === claimId)!;
  render(<Comparison readable={readable} claim={claim} currentReportId={undefined} onShowQuote={vi.fn()} />);
}

const section = (name: string | RegExp) => screen.getByRole('group', { name });

describe('why the figures differ', () => {
  it('sums up the figures in a sentence and shows only what two reports state differently', () => {
    show('death-toll');
    const differs = section('What differs');
    expect(differs).toHaveTextContent(
      'Four figures, from “at least 27” to “91”, and the article’s own “dozens”. Civilians are among people; Abu Jaafar’s “54” counts deaths documented, a floor on the whole; the article gives hours only for Abu Jaafar’s count and a place only for the article’s own count.',
    );
    const labels = within(differs).getAllByRole('term').map((term) => term.textContent);
    // Hours and places are stated by one report each: silence is not a difference, so they are no rows.
    expect(labels).toEqual(['Who is counted', 'Kind of figure', 'How it reached the article']);
    const who = within(differs).getAllByRole('definition')[0]!;
    expect(within(who).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'SOHR: civilians',
      'Abu Jaafar: not stated',
      'al-Khatib: people',
      'RFE/RL: people',
    ]);
    expect(who).toHaveTextContent('Civilians are among people: a part, not a different group.');
  });

  it('says whether the figures can all be true, and why, pair by pair', () => {
    show('death-toll');
    const check = section('Can they all be true?');
    expect(check).toHaveTextContent(/^Can they all be true\?Yes all of these figures can be true at once\. “At least 27 civilians killed” fits inside “91 people killed”: civilians are among people\./);
    const pairs = within(check).getAllByRole('listitem').map((item) => item.textContent);
    expect(pairs).toContain('“54 deaths documented” fits inside “91 people killed”: a count someone documented is a floor on the whole, not a rival total.');
    expect(pairs).toHaveLength(6);
  });

  it('draws the figures on one axis and lists the same readings as text', () => {
    show('death-toll');
    const figure = screen.getByRole('figure', { name: 'Seen on one axis' });
    expect(figure.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(within(figure).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'SOHR: 27 or more civilians killed',
      'Abu Jaafar: 54 deaths documented, a floor on the whole',
      'al-Khatib: 91 people killed',
      'RFE/RL: “dozens”, which Tally reads as 24 to 99 people killed',
    ]);
  });

  it('shows the one stated window on a strip, open where the article leaves it open, and names the rest', () => {
    show('death-toll');
    const strip = screen.getByRole('figure', { name: 'Hours covered' });
    expect(strip.querySelectorAll('rect.window-bar')).toHaveLength(1);
    expect(within(strip).getByText(/Since late on 22 Sept, with no stated end/)).toBeInTheDocument();
    expect(within(strip).getByText('al-Khatib:', { exact: false })).toHaveTextContent('al-Khatib: not stated');
  });

  it('applies counting rules only to rival totals and names what fed the headline', async () => {
    const user = userEvent.setup();
    show('death-toll');
    const rules = section('One headline figure?');
    const output = within(rules).getByRole('status');
    expect(output).toHaveTextContent('12Most conservative: RFE/RL’s “dozens”, which ACLED records as 12, below al-Khatib’s “91”');
    expect(rules).toHaveTextContent('Not in this headline: SOHR’s “at least 27” (civilians only, a part); Abu Jaafar’s “54” (a count someone documented, a floor).');
    expect(rules).toHaveTextContent('This is lower than SOHR’s “at least 27” and Abu Jaafar’s “54”, which the rule does not take in.');
    await user.click(within(rules).getByRole('radio', { name: 'Iraq Body Count, Airwars' }));
    expect(output).toHaveTextContent('91Lowest to highest: only al-Khatib’s “91” can be used');
    await user.click(within(rules).getByRole('radio', { name: 'UCDP' }));
    expect(output).toHaveTextContent('the best estimate is for UCDP’s coders to choose');
    expect(rules).toHaveTextContent(/UCDP publishes a low, a best and a high estimate/);
  });

  it('leaves out the charts and rules where there is one figure or none', () => {
    show('truce-talks');
    expect(screen.queryByRole('group', { name: 'Can they all be true?' })).not.toBeInTheDocument();
    expect(screen.queryByRole('figure', { name: 'Seen on one axis' })).not.toBeInTheDocument();
    expect(screen.queryByRole('figure', { name: 'Hours covered' })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'One headline figure?' })).not.toBeInTheDocument();
    expect(section('What differs')).toHaveTextContent('Nothing that two of them state differs.');
  });

  it('shows a total and its parts as one breakdown, the source named once, with no counting rules', () => {
    show('province-deaths');
    const breakdown = section('A total and its parts, from Abu Jaafar and SOHR');
    expect(within(breakdown).getByRole('list', { name: 'Its parts' })).toHaveTextContent('at least 15 civilians killed — the village of Bushqatin');
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect(screen.queryByRole('group', { name: 'What differs' })).not.toBeInTheDocument();
    expect(section('Can they all be true?')).toHaveTextContent('The parts, “at least 15”, “three” and “11”, come to at least 29, which fits inside “dozens of civilians killed”');
    expect(screen.queryByRole('group', { name: 'One headline figure?' })).not.toBeInTheDocument();
  });

  it('says "When said" for statements and gives the article’s own voice as the article itself', () => {
    show('meeting-sept-22');
    const own = screen.getByRole('article', { name: 'RFE/RL' });
    expect(within(own).getAllByRole('term').map((t) => t.textContent)).toContain('When said');
    expect(own).toHaveTextContent('the article itself');
    expect(within(own).queryByText('not stated', { selector: '.chain *' })).not.toBeInTheDocument();
  });

  it('shows the chain by which each report reached the article', () => {
    show('offensive');
    const armySource = screen.getByRole('article', { name: 'Army source' });
    const chain = within(armySource).getByRole('list', { name: 'How Army source’s account reached the article' });
    expect(within(chain).getAllByRole('listitem').map((step) => step.textContent)).toEqual([
      'Army source',
      'told Reuters on September 23',
      'RFE/RL',
    ]);
  });
});
