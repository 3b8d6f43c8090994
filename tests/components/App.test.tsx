import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aleppoJson, ARTICLE_FILE } from '../fixtures/aleppo.ts';
import { defaultFiles, renderApp } from './render-app.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

const articleHeading = () => screen.findByRole('heading', { level: 1, name: /U\.S\., Russia Fail On Syrian Truce/ });

describe('App', () => {
  it('shows the library at the root, and opens an article from it', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const library = await screen.findByRole('region', { name: 'Articles where sources disagree' });
    const title = 'U.S., Russia Fail On Syrian Truce As Dozens Killed In Aleppo';
    const item = within(library).getByRole('link', { name: title }).closest('li')!;
    expect(item).toHaveTextContent('RFE/RL · 23 September 2016');
    expect(item).toHaveTextContent('13 claims, 1 with sources that differ');
    expect(within(item).getByRole('link', { name: `Edit in Studio: ${title}` })).toHaveAttribute('href', '/studio/?article=aleppo-2016-09-23');
    await user.click(within(item).getByRole('link', { name: title }));
    await articleHeading();
  });

  it('opens an article with outlet, date, body and credit', async () => {
    renderApp('/aleppo-2016-09-23/');
    await articleHeading();
    const article = screen.getByRole('article', { name: /U\.S\., Russia Fail On Syrian Truce/ });
    expect(within(article).getByText('RFE/RL')).toBeInTheDocument();
    expect(screen.getByText('23 September 2016')).toHaveAttribute('datetime', '2016-09-23');
    expect(screen.getByText('With reporting by Reuters, AP, AFP, dpa, and TASS')).toBeInTheDocument();
    expect(screen.queryByText(/support HTML5/)).not.toBeInTheDocument();
  });

  it('makes each report’s words a link named for its claim, closed at first', async () => {
    renderApp('/aleppo-2016-09-23/');
    await articleHeading();
    const links = screen.getAllByRole('link', { name: /Death toll in Aleppo: 4 sources differ/ });
    expect(links.map((l) => l.textContent)).toEqual([
      'warplanes bombarded rebel-held areas of Aleppo, killing dozens of people',
      'at least 27 civilians had been killed',
      'he had documented 54 deaths since late on September 22, including many women and children',
      '91 people had been killed',
    ]);
    for (const link of links) {
      expect(link).toHaveAttribute('aria-expanded', 'false');
      expect(link).toHaveAttribute('aria-controls', 'comparison');
    }
    expect(links[3]).toHaveAttribute('href', '/aleppo-2016-09-23/death-toll/hospital/');
    // Only the claim whose sources differ stands out; the rest are marked quietly.
    expect(links[0]).toHaveAttribute('data-weight', 'strong');
    expect(screen.getByRole('link', { name: /Number of air strikes: one source/ })).toHaveAttribute('data-weight', 'quiet');
  });

  it('opens the comparison on a click, records it in the URL and closes it with Escape', async () => {
    const user = userEvent.setup();
    const { location } = renderApp('/aleppo-2016-09-23/');
    await articleHeading();
    const hospital = screen.getByRole('link', { name: /^91 people had been killed/ });
    await user.click(hospital);

    expect(location.getPath()).toBe('/aleppo-2016-09-23/death-toll/hospital/');
    const panel = await screen.findByRole('region', { name: 'How many people were killed in the bombardment of Aleppo?' });
    expect(within(panel).getAllByRole('article')).toHaveLength(4);
    expect(hospital).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: /How many people were killed/ })).toHaveFocus());

    await user.keyboard('{Escape}');
    expect(location.getPath()).toBe('/aleppo-2016-09-23/');
    expect(screen.queryByRole('region', { name: /How many people/ })).not.toBeInTheDocument();
    expect(hospital).toHaveFocus();
    expect(hospital).toHaveAttribute('aria-expanded', 'false');
  });

  it('adds no history entry when the open highlight is clicked again', async () => {
    const user = userEvent.setup();
    const { location } = renderApp('/aleppo-2016-09-23/');
    await articleHeading();
    const hospital = screen.getByRole('link', { name: /^91 people had been killed/ });
    await user.click(hospital);
    await user.click(hospital);
    expect(location.history).toEqual(['/aleppo-2016-09-23/', '/aleppo-2016-09-23/death-toll/hospital/']);
  });

  it('opens a claim from the claims list', async () => {
    const user = userEvent.setup();
    const { location } = renderApp('/aleppo-2016-09-23/');
    await articleHeading();
    const list = screen.getByRole('navigation', { name: /^Claims in this article/ });
    await user.click(within(list).getByRole('link', { name: 'Outcome of the truce talks' }));
    expect(location.getPath()).toBe('/aleppo-2016-09-23/truce-talks/');
    expect(await screen.findByRole('region', { name: /What came of the U\.S\.–Russia truce talks/ })).toBeInTheDocument();
  });

  it('shows a notice for an unknown claim over a readable article', async () => {
    renderApp('/aleppo-2016-09-23/no-such-claim/');
    await articleHeading();
    expect(screen.getByRole('alert')).toHaveTextContent('No claim called “no-such-claim” in this article.');
    expect(screen.getAllByRole('link', { name: /Death toll in Aleppo: 4 sources differ/ })).toHaveLength(4);
  });

  it('shows script-like text in a URL as text', async () => {
    renderApp('/aleppo-2016-09-23/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E/');
    await articleHeading();
    expect(screen.getByRole('alert')).toHaveTextContent('No claim called “<img src=x onerror=alert(1)>”');
    expect(document.querySelector('img')).toBeNull();
  });

  it('says so when the article does not exist', async () => {
    renderApp('/no-such-article/');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no article called “no-such-article”.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the library of articles' })).toHaveAttribute('href', '/');
  });

  it('says in plain words, without JSON paths, that malformed data cannot be shown, and how to check it', async () => {
    const broken = aleppoJson();
    broken.article.published = 20160923;
    renderApp('/aleppo-2016-09-23/', { ...defaultFiles(), [ARTICLE_FILE]: broken });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This page could not be shown');
    expect(alert).toHaveTextContent('Its data is incomplete or damaged');
    expect(alert).toHaveTextContent(`npx tally check public/${ARTICLE_FILE}`);
    expect(alert).not.toHaveTextContent('article.published');
  });

  it('says the same when a file is not JSON', async () => {
    renderApp('/aleppo-2016-09-23/', { ...defaultFiles(), [ARTICLE_FILE]: '{"article": ' });
    expect(await screen.findByRole('alert')).toHaveTextContent('This page could not be shown');
  });

  it('says a claim with incomplete data could not be shown, and shows the rest', async () => {
    const json = aleppoJson();
    delete (json.claims[1] as { question?: string }).question;
    renderApp('/aleppo-2016-09-23/', { ...defaultFiles(), [ARTICLE_FILE]: json });
    await articleHeading();
    const list = screen.getByRole('navigation', { name: /^Claims in this article/ });
    expect(list).toHaveTextContent('“Outcome of the truce talks”: this claim could not be shown because its data is incomplete.');
    expect(list).not.toHaveTextContent('claims[1]');
    expect(screen.getAllByRole('link', { name: /Death toll in Aleppo: 4 sources differ/ })).toHaveLength(4);
  });

  it('offers Retry after a failed fetch and recovers with the link’s claim still open', async () => {
    const user = userEvent.setup();
    const good = JSON.stringify(aleppoJson());
    renderApp('/aleppo-2016-09-23/death-toll/sohr/', {
      ...defaultFiles(),
      [ARTICLE_FILE]: (attempt: number) => (attempt === 1 ? new Response('busy', { status: 503 }) : new Response(good)),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`${ARTICLE_FILE} could not be fetched: the server answered 503`);
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('region', { name: /How many people were killed/ })).toBeInTheDocument();
  });

  it('lists a claim whose quote is not in the text, with the reason, and keeps the others working', async () => {
    const json = aleppoJson();
    (json.claims[1] as { reports: { quote: { exact: string } }[] }).reports.forEach((r) => (r.quote.exact = 'words not in the article'));
    renderApp('/aleppo-2016-09-23/', { ...defaultFiles(), [ARTICLE_FILE]: json });
    await articleHeading();
    const list = screen.getByRole('navigation', { name: /^Claims in this article/ });
    const item = within(list).getByRole('link', { name: 'Outcome of the truce talks' }).closest('li')!;
    expect(item).toHaveTextContent('Not found in the text: its quote does not occur in the article text.');
    expect(screen.queryAllByRole('link', { name: /Outcome of the truce talks: / })).toHaveLength(0);
    expect(screen.getAllByRole('link', { name: /Death toll in Aleppo: 4 sources differ/ })).toHaveLength(4);
  });
});

describe('what a reader meets on links that name nothing, and on the page head', () => {
  it('keeps the title a page is built with: a source’s card and a report', async () => {
    const { pageMeta } = await import('../../src/core/page-meta.ts');
    const { readableArticle } = await import('../../src/core/readable-article.ts');
    const { parseArticleFile } = await import('../../src/core/parse-article-file.ts');
    const readable = readableArticle(parseArticleFile(aleppoJson(), ARTICLE_FILE));
    for (const [path, route] of [
      ['/aleppo-2016-09-23/sources/sohr/', { articleId: 'aleppo-2016-09-23', sourceId: 'sohr' }],
      ['/aleppo-2016-09-23/death-toll/hospital/', { articleId: 'aleppo-2016-09-23', claimId: 'death-toll', reportId: 'hospital' }],
    ] as const) {
      const { unmount } = renderApp(path);
      await articleHeading();
      await waitFor(() => expect(document.title).toBe(pageMeta(readable, route).title));
      unmount();
    }
  });

  it('dims nothing for an unknown source, and says the source is unknown', async () => {
    renderApp('/aleppo-2016-09-23/sources/nobody/');
    await articleHeading();
    expect(screen.getByRole('alert')).toHaveTextContent('No source called “nobody” in this article.');
    expect(document.querySelectorAll('a.highlight[data-state]')).toHaveLength(0);
  });

  it('opens a known claim with an unknown report and names the report', async () => {
    renderApp('/aleppo-2016-09-23/death-toll/forensic-team-typo/');
    await screen.findByRole('region', { name: 'How many people were killed in the bombardment of Aleppo?' });
    expect(screen.getByRole('alert')).toHaveTextContent('No report called “forensic-team-typo” in this claim');
  });

  it('draws the missing video’s caption and note, and nothing that looks like a player', async () => {
    renderApp('/aleppo-2016-09-23/');
    await articleHeading();
    const figure = document.querySelector('figure.missing-video')!;
    expect(figure).toHaveTextContent('(Tally: the video is not part of this copy)');
    expect(figure.textContent).not.toMatch(/▶/);
    expect(figure.children).toHaveLength(1);
  });
});
