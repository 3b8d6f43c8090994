// "]" and "[" move the keyboard to the next or previous claim in the text, without opening it.
import { useEffect } from 'react';

const NEXT = ']';
const PREVIOUS = '[';

function typingInto(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** The first highlight of each claim, in reading order. */
function claimStarts(): HTMLElement[] {
  const seen = new Set<string>();
  return [...document.querySelectorAll<HTMLElement>('#article a.highlight[data-claim-id]')].filter((link) => {
    const claimId = link.dataset.claimId!;
    if (seen.has(claimId)) return false;
    seen.add(claimId);
    return true;
  });
}

export function useClaimKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.key !== NEXT && event.key !== PREVIOUS) || event.ctrlKey || event.metaKey || event.altKey || typingInto(event.target)) return;
      const starts = claimStarts();
      const current = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>('a.highlight') : null;
      const at = current ? starts.findIndex((link) => link.dataset.claimId === current.dataset.claimId) : -1;
      const target = event.key === NEXT ? starts[at + 1] : at === -1 ? starts.at(-1) : starts[at - 1];
      if (!target) return;
      event.preventDefault();
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'center' });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
