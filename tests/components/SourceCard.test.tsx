import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app.tsx';

afterEach(() => vi.unstubAllGlobals());

describe('source card', () => {
  it('lists every report SOHR makes in the article, alone or jointly', async () => {
    renderApp('/aleppo-2016-09-23/sources/sohr/');
    const card = await screen.findByRole('region', { name: 'Syrian Observatory for Human Rights' });
    expect(card).toHaveTextContent('Britain-based');
    const list = within(card).getByRole('list', { name: 'Its 7 reports in this article' });
    const reports = within(list).getAllByRole('link').map((link) => link.textContent);
    expect(reports).toEqual([
      'Death toll in Aleppo',
      'Number of air strikes',
      'Deaths elsewhere in Aleppo Province',
      'Deaths elsewhere in Aleppo Province',
      'Deaths elsewhere in Aleppo Province',
      'Deaths elsewhere in Aleppo Province',
      'Wounded in Aleppo',
    ]);
    expect(within(card).getAllByText(/jointly with Abu Jaafar/)).toHaveLength(4);
    expect(within(list).getAllByRole('link')[0]).toHaveAttribute('href', '/aleppo-2016-09-23/death-toll/sohr/');
  });

  it('marks the source’s words in the text and dims the rest', async () => {
    renderApp('/aleppo-2016-09-23/sources/sohr/');
    await screen.findByRole('region', { name: 'Syrian Observatory for Human Rights' });
    const marked = document.querySelectorAll('a.highlight[data-state="source"]');
    expect([...marked].map((el) => el.textContent)).toContain('at least 27 civilians had been killed');
    expect(document.querySelector('a.highlight[data-report-id="hospital"]')).toHaveAttribute('data-state', 'dimmed');
  });

  it('records the article’s other spelling of a name', async () => {
    renderApp('/aleppo-2016-09-23/sources/abu-jaafar/');
    const card = await screen.findByRole('region', { name: 'Muhammad Abu Jaafar' });
    expect(card).toHaveTextContent('Also written as“Abu Jafaar”');
    expect(card).toHaveTextContent("a member of the city's forensic team");
  });

  it('says "not stated" for a source the article does not describe', async () => {
    renderApp('/aleppo-2016-09-23/sources/army-source/');
    const card = await screen.findByRole('region', { name: 'An army source' });
    expect(within(card).getByText('not stated')).toBeInTheDocument();
    expect(card).toHaveTextContent('Unnamed source');
  });

  it('shows a notice for an unknown source', async () => {
    renderApp('/aleppo-2016-09-23/sources/nobody/');
    expect(await screen.findByRole('alert')).toHaveTextContent('No source called “nobody” in this article.');
  });
});
