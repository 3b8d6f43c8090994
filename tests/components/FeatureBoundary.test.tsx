import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FeatureBoundary } from '../../src/ui/FeatureBoundary.tsx';

let broken = true;
function Fragile() {
  if (broken) throw new Error('the data had a hole');
  return <p>The comparison works</p>;
}

describe('FeatureBoundary', () => {
  it('keeps a failing part from taking the rest of the page down, and lets it be tried again', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <div>
        <p>The article</p>
        <FeatureBoundary name="The comparison">
          <Fragile />
        </FeatureBoundary>
      </div>,
    );
    expect(screen.getByText('The article')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The comparison could not be shown (the data had a hole). The rest of the page still works.');
    broken = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('The comparison works')).toBeInTheDocument();
    vi.restoreAllMocks();
  });

  it('tries again when what it shows changes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = true;
    const { rerender } = render(
      <FeatureBoundary name="The comparison" resetKey="death-toll">
        <Fragile />
      </FeatureBoundary>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    broken = false;
    rerender(
      <FeatureBoundary name="The comparison" resetKey="truce-talks">
        <Fragile />
      </FeatureBoundary>,
    );
    expect(screen.getByText('The comparison works')).toBeInTheDocument();
    vi.restoreAllMocks();
  });
});
