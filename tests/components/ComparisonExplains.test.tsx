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
  it('shows the spread in one sentence and only the dimensions that differ', () => {
    show('death-toll');
    const differs = section('What differs');
    expect(differs).toHaveTextContent('Reports range from at least 27 to 91, 3.4 times apart; they count different people over different hours in different places.');
    const labels = within(differs).getAllByRole('term').map((term) => term.textContent);
    expect(labels).toEqual(['Who is counted', 'Hours covered', 'Where', 'Kind of figure']);
    const hours = within(differs).getAllByRole('definition')[1]!;
    expect(within(hours).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'SOHR: Early morning of 23 Sept',
      'Abu Jaafar: Since late on 22 Sept',
      'al-Khatib: not stated',
    ]);
  });

  it('says whether the figures can all be true, and why, pair by pair', () => {
    show('death-toll');
    const check = section('Can they all be true?');
    expect(check).toHaveTextContent(/^Can they all be true\?Only if the counts cover different ground\./);
    const pairs = within(check).getAllByRole('listitem').map((item) => item.textContent);
    expect(pairs).toContain('“at least 27 civilians killed” fits inside “91 people killed”.');
    expect(pairs).toHaveLength(3);
  });

  it('draws the figures on one axis and lists the same readings as text', () => {
    show('death-toll');
    const figure = screen.getByRole('figure', { name: 'Seen on one axis' });
    expect(figure.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(within(figure).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'SOHR: 27 or more civilians killed',
      'Abu Jaafar: exactly 54 deaths documented',
      'al-Khatib: exactly 91 people killed',
    ]);
  });

  it('shows each stated window on a strip and names the one not stated', () => {
    show('death-toll');
    const strip = screen.getByRole('figure', { name: 'Hours covered' });
    expect(strip.querySelectorAll('rect.window-bar')).toHaveLength(2);
    expect(within(strip).getByText(/Since late on 22 Sept, with no stated end/)).toBeInTheDocument();
    expect(within(strip).getByText('al-Khatib:', { exact: false })).toHaveTextContent('al-Khatib: not stated');
  });

  it('switches the headline figure between counting rules', async () => {
    const user = userEvent.setup();
    show('death-toll');
    const rules = section('One headline figure?');
    const output = within(rules).getByRole('status');
    expect(output).toHaveTextContent('27Most conservative: the lowest figure, SOHR’s “at least 27”');
    await user.click(within(rules).getByRole('radio', { name: 'Iraq Body Count, Airwars' }));
    expect(output).toHaveTextContent('27–91Lowest to highest');
    await user.click(within(rules).getByRole('radio', { name: 'UCDP' }));
    expect(output).toHaveTextContent('27 · 54 · 91');
    expect(rules).toHaveTextContent(/UCDP publishes a low, a best and a high estimate/);
  });

  it('leaves out the charts and rules where there is one figure or none', () => {
    show('truce-talks');
    expect(screen.queryByRole('group', { name: 'Can they all be true?' })).not.toBeInTheDocument();
    expect(screen.queryByRole('figure', { name: 'Seen on one axis' })).not.toBeInTheDocument();
    expect(screen.queryByRole('figure', { name: 'Hours covered' })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'One headline figure?' })).not.toBeInTheDocument();
    expect(section('What differs')).toHaveTextContent('How it reached the article');
  });

  it('does not offer counting rules for figures of different places', () => {
    show('province-deaths');
    expect(section('Can they all be true?')).toHaveTextContent('Yes all of these figures can be true at once.');
    expect(screen.queryByRole('group', { name: 'One headline figure?' })).not.toBeInTheDocument();
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
