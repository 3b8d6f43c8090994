import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareBar } from '../../src/features/sharing/ShareBar.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('ShareBar', () => {
  it('copies the current link and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    render(<ShareBar cite={() => 'citation'} />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Link copied.'));
  });

  it('falls back to a selected link where the Clipboard API is missing or refused', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<ShareBar cite={() => 'citation'} />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const input = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Copy this:' });
    expect(input.value).toBe(window.location.href);
    await waitFor(() => expect(input).toHaveFocus());
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, window.location.href.length]);
    expect(screen.getByRole('status')).toHaveTextContent(/Copying is not available here/);
  });

  it('offers Share… only where the device can share', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<ShareBar cite={() => 'citation'} />);
    expect(screen.queryByRole('button', { name: 'Share…' })).not.toBeInTheDocument();
    unmount();
    const share = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { share }));
    render(<ShareBar cite={() => 'citation'} />);
    await user.click(screen.getByRole('button', { name: 'Share…' }));
    expect(share).toHaveBeenCalledWith({ title: document.title, url: window.location.href });
  });

  it('shows a ready citation and copies it', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    render(<ShareBar cite={(url) => `Cited from ${url}`} />);
    const cite = screen.getByRole('button', { name: 'Cite' });
    expect(cite).toHaveAttribute('aria-expanded', 'false');
    await user.click(cite);
    expect(cite).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(`Cited from ${window.location.href}`)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Copy citation' }));
    expect(writeText).toHaveBeenCalledWith(`Cited from ${window.location.href}`);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Citation copied.'));
  });
});
