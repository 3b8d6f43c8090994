import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { useRevealClaim } from '../../src/features/reader/use-reveal-claim.ts';

// The highlight of the open report, below the first screen: revealing it scrolls.
let highlight: HTMLAnchorElement;
const scrolls = vi.fn();

beforeEach(() => {
  highlight = document.createElement('a');
  highlight.id = 'quote-toll--hospital';
  highlight.className = 'highlight';
  highlight.dataset.claimId = 'toll';
  highlight.dataset.reportId = 'hospital';
  highlight.getBoundingClientRect = () => ({ top: 2000, bottom: 2020 }) as DOMRect;
  highlight.scrollIntoView = scrolls;
  document.body.append(highlight);
});

afterEach(() => {
  highlight.remove();
  scrolls.mockReset();
  window.innerWidth = 1024;
});

const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 10)));

test('opening a claim brings its words into view, centred on a wide screen and at the top on a phone', async () => {
  const { rerender } = renderHook(({ claimId }: { claimId?: string }) => useRevealClaim(claimId, 'hospital'), { initialProps: {} });
  await settle();
  expect(scrolls).not.toHaveBeenCalled();
  rerender({ claimId: 'toll' });
  await waitFor(() => expect(scrolls).toHaveBeenCalledTimes(1));
  expect(scrolls.mock.calls[0]![0]).toMatchObject({ block: 'center' });

  window.innerWidth = 390;
  rerender({});
  rerender({ claimId: 'toll' });
  await waitFor(() => expect(scrolls).toHaveBeenCalledTimes(2));
  expect(scrolls.mock.calls[1]![0]).toMatchObject({ block: 'start' });
});

// A window resized across the wide layout's edge does not scroll again: tests/e2e/reader.spec.ts (jsdom has no layout).
