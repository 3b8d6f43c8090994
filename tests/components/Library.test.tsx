import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LibraryEntry } from '../../src/core/library.ts';
import { sharedSourceFiles, sharedSourcePages } from '../../src/core/library-files.ts';
import { parseArticleFile } from '../../src/core/parse-article-file.ts';
import { readableArticle } from '../../src/core/readable-article.ts';
import { aleppoJson, ARTICLE_FILE, libraryJson } from '../fixtures/aleppo.ts';
import { defaultFiles, renderApp } from './render-app.tsx';

afterEach(() => vi.unstubAllGlobals());

const older: LibraryEntry = {
  id: 'an-older-article',
  title: 'Floods in the valley',
  outlet: 'Valley Gazette',
  published: '2010-01-01',
  claims: 1,
  claimsDiffering: 1,
  sources: ['The fire service'],
};

describe('the library', () => {
  it('shows its first screen, and loads the later pages of the index only when the reader searches', async () => {
    const user = userEvent.setup();
    const seed = libraryJson().articles[0]!;
    const files = {
      ...defaultFiles(),
      'data/library.json': { total: 2, page: 1, pages: 2, articles: [seed] },
      'data/library/2.json': { total: 2, page: 2, pages: 2, articles: [older] },
    };
    renderApp('/', files);
    const library = await screen.findByRole('region', { name: 'Articles where sources disagree' });
    expect(within(library).getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([seed.title]);
    expect(screen.getByRole('button', { name: 'Show 1 more article' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('2 articles, newest first. Showing the first 1.');
    const fetched = () => (fetch as unknown as { mock: { calls: string[][] } }).mock.calls.map(([url]) => url);
    expect(fetched()).not.toContain('/data/library/2.json');

    await user.type(screen.getByRole('searchbox', { name: 'Search titles, outlets and sources' }), 'fire service');
    expect(await within(library).findByRole('link', { name: 'Floods in the valley' })).toHaveAttribute('href', '/an-older-article/');
    expect(within(library).getAllByRole('heading', { level: 2 })).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent('1 article of 2 match “fire service”.');
    expect(fetched().filter((url) => url === '/data/library/2.json')).toHaveLength(1);
  });

  it('shows the next screenful of articles when asked', async () => {
    const user = userEvent.setup();
    const seed = libraryJson().articles[0]!;
    const files = {
      ...defaultFiles(),
      'data/library.json': { total: 2, page: 1, pages: 2, articles: [seed] },
      'data/library/2.json': { total: 2, page: 2, pages: 2, articles: [older] },
    };
    renderApp('/', files);
    await user.click(await screen.findByRole('button', { name: 'Show 1 more article' }));
    const library = screen.getByRole('region', { name: 'Articles where sources disagree' });
    expect(await within(library).findByRole('link', { name: 'Floods in the valley' })).toBeVisible();
    expect(screen.queryByRole('button', { name: /more article/ })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('2 articles, newest first.');
  });
});

describe('a shared source’s page', () => {
  it('shows its first screen of articles, and loads the rest a page at a time when asked', async () => {
    const user = userEvent.setup();
    const whole = sharedSourcePages([readableArticle(parseArticleFile(aleppoJson(), ARTICLE_FILE))]).find((p) => p.sharedId === 'syrian-observatory-for-human-rights')!;
    const article = whole.articles[0]!;
    const titles = ['First', 'Second', 'Third'];
    const many = { ...whole, total: 3, reports: 3 * article.reports.length, articles: titles.map((title, i) => ({ ...article, id: `article-${i}`, title })) };
    const [first, second, third] = sharedSourceFiles(many, 1, 1);
    const files = {
      ...defaultFiles(),
      'data/sources/syrian-observatory-for-human-rights.json': first,
      'data/sources/syrian-observatory-for-human-rights/2.json': second,
      'data/sources/syrian-observatory-for-human-rights/3.json': third,
    };
    renderApp('/sources/syrian-observatory-for-human-rights/', files);
    expect(await screen.findByText('Quoted in 3 articles, newest first.')).toBeInTheDocument();
    const headings = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings()).toEqual(['First']);
    await user.click(screen.getByRole('button', { name: 'Show more articles (1 of 3 shown)' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Second' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Show more articles (2 of 3 shown)' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Third' })).toBeInTheDocument();
    expect(headings()).toEqual(titles);
    expect(screen.queryByRole('button', { name: /Show more/ })).not.toBeInTheDocument();
  });
});
