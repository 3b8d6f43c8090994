import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp } from './render-app.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

// The panel is drawn again in place when another claim opens: what the share bar showed for the last one
// (a citation, a confirmation) must not stay under the next one's comparison.
it('shows no citation of the last claim once another claim opens', async () => {
  const user = userEvent.setup();
  renderApp('/aleppo-2016-09-23/death-toll/hospital/');
  const tollPanel = await screen.findByRole('region', { name: 'How many people were killed in the bombardment of Aleppo?' });
  await user.click(within(tollPanel).getByRole('button', { name: 'Cite' }));
  expect(within(tollPanel).getByText(/^“How many people were killed in the bombardment of Aleppo\?” SOHR: at least 27/)).toBeVisible();

  const article = screen.getByRole('article', { name: /U\.S\., Russia Fail On Syrian Truce/ });
  await user.click(within(article).getAllByRole('link', { name: /— Outcome of the truce talks/ })[0]!);
  const trucePanel = await screen.findByRole('region', { name: /truce talks/ });
  expect(within(trucePanel).queryByText(/How many people were killed/)).not.toBeInTheDocument();
  expect(within(trucePanel).getByRole('button', { name: 'Cite' })).toHaveAttribute('aria-expanded', 'false');

  // Cited again, it is this claim's citation.
  await user.click(within(trucePanel).getByRole('button', { name: 'Cite' }));
  expect(within(trucePanel).getByText(/^“What came of the U\.S\.–Russia truce talks/)).toBeVisible();
  // A limit, not a wait: two panels' code and five presses take 3 s alone, longer on a busy machine.
}, 20_000);
