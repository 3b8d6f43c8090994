import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { parseArticleFile } from '../../src/core/parse-article-file.ts';
import { readableArticle } from '../../src/core/readable-article.ts';
import { Comparison } from '../../src/features/comparison/Comparison.tsx';
import { aleppoJson, ARTICLE_FILE } from '../fixtures/aleppo.ts';

function setup(claimId: string, currentReportId?: string, edit: (json: ReturnType<typeof aleppoJson>) => void = () => undefined) {
  const json = aleppoJson();
  edit(json);
  const readable = readableArticle(parseArticleFile(json, ARTICLE_FILE));
  const claim = readable.claims.find((c) => c.id === claimId)!;
  const onShowQuote = vi.fn();
  render(<Comparison readable={readable} claim={claim} currentReportId={currentReportId} onShowQuote={onShowQuote} />);
  return { onShowQuote };
}

const column = (name: string) => screen.getByRole('article', { name });

describe('Comparison', () => {
  it('asks the claim’s question and says how many sources differ', () => {
    setup('death-toll');
    expect(screen.getByRole('heading', { level: 2, name: 'How many people were killed in the bombardment of Aleppo?' })).toBeInTheDocument();
    expect(screen.getByText('Death toll in Aleppo · 4 sources differ')).toBeInTheDocument();
  });

  it('shows every report with its figure, qualifier, what it counts and its source', () => {
    setup('death-toll');
    expect(screen.getAllByRole('article')).toHaveLength(4);

    const sohr = column('SOHR');
    expect(within(sohr).getByText('at least 27')).toBeInTheDocument();
    expect(within(sohr).getByText('civilians killed')).toBeInTheDocument();
    expect(within(sohr).getByText('Syrian Observatory for Human Rights')).toBeInTheDocument();
    // The early morning belongs to the air strikes in the same sentence, not to SOHR's toll.
    expect(within(sohr).queryByText('Early morning of 23 Sept')).not.toBeInTheDocument();

    const forensic = column('Abu Jaafar');
    expect(within(forensic).getByText('54')).toBeInTheDocument();
    expect(within(forensic).getByText('deaths documented')).toBeInTheDocument();
    expect(within(forensic).getByText("a member of the city's forensic team")).toBeInTheDocument();

    const hospital = column('al-Khatib');
    expect(within(hospital).getByText('91')).toBeInTheDocument();
    expect(within(hospital).getByText('people killed')).toBeInTheDocument();
    expect(within(hospital).getByText('head of a hospital in rebel-held eastern Aleppo')).toBeInTheDocument();
    expect(within(hospital).getByText('91 people had been killed')).toBeInTheDocument();
  });

  it('says "not stated" where the article is silent, never a guess', () => {
    setup('death-toll');
    const hospital = column('al-Khatib');
    expect(within(hospital).getAllByText('not stated')).toHaveLength(2);
  });

  it('marks the column of the clicked highlight as the current one', () => {
    setup('death-toll', 'hospital');
    const current = screen.getAllByRole('listitem').filter((item) => item.getAttribute('aria-current') === 'true');
    expect(current).toHaveLength(1);
    expect(within(current[0]!).getByRole('heading', { name: 'al-Khatib' })).toBeInTheDocument();
  });

  it('shows each side’s words for a statement claim', () => {
    setup('truce-talks');
    expect(within(column('Kerry')).getByText('reported ‘little progress’ in getting a truce')).toBeInTheDocument();
    expect(within(column('Lavrov')).getByText(/no agreements were found/)).toBeInTheDocument();
  });

  it('names a joint breakdown by both its sources, once', () => {
    setup('province-deaths');
    expect(screen.getByRole('group', { name: 'A total and its parts, from Abu Jaafar and SOHR' })).toBeInTheDocument();
    expect(screen.queryAllByRole('article')).toHaveLength(0);
  });

  it('leaves out a report whose quote is not in the text and says why', () => {
    setup('death-toll', undefined, (json) => {
      (json.claims[0] as { reports: { quote: { exact: string } }[] }).reports[2]!.quote.exact = '92 people had been killed';
    });
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(screen.queryByText('91')).not.toBeInTheDocument();
    expect(screen.getByText('Report “hospital”: its quote does not occur in the article text.')).toBeInTheDocument();
  });

  it('labels an editor’s note as Tally’s', () => {
    setup('death-toll', undefined, (json) => {
      json.claims[0]!.note = 'The counts cover different hours.';
    });
    const note = screen.getByRole('complementary', { name: 'Tally’s note' });
    expect(note).toHaveTextContent('Tally’s note: The counts cover different hours.');
  });

  it('jumps to a quote on request', async () => {
    const user = userEvent.setup();
    const { onShowQuote } = setup('death-toll');
    await user.click(within(column('SOHR')).getByRole('link', { name: 'Show in text' }));
    expect(onShowQuote).toHaveBeenCalledWith('sohr');
  });

  it('says what is not stated about a source, and shows a quote’s own quotation marks as single ones', () => {
    const id = 'thousands-march-in-harbourton-over-ferry-cuts-2025-03-14';
    const readable = readableArticle(parseArticleFile(JSON.parse(readFileSync(`tests/site/articles/${id}.json`, 'utf8')), `data/articles/${id}.json`));
    render(<Comparison readable={readable} claim={readable.claims[0]!} currentReportId={undefined} onShowQuote={vi.fn()} />);
    const police = column('police');
    expect(within(police).getByText('Harbourton police')).toBeInTheDocument();
    expect(within(police).getByText(/^Who they are, per the article:/)).toHaveTextContent('Who they are, per the article: not stated');
    expect(within(column('Lindqvist')).getByText('‘a few thousand’ had turned out')).toBeInTheDocument();
  });
});
