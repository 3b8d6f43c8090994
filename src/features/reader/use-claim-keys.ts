// "]" and "[" move the keyboard to the next or previous claim in the text, without opening it.
import { useEffect } from 'react';
import { claimIdOf, claimStarts, highlightOf } from '../../lib/page-contract.ts';

const NEXT = ']';
const PREVIOUS = '[';

function typingInto(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function useClaimKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.key !== NEXT && event.key !== PREVIOUS) || event.ctrlKey || event.metaKey || event.altKey || typingInto(event.target)) return;
      const starts = claimStarts();
      const current = highlightOf(document.activeElement);
      const at = current ? starts.findIndex((link) => claimIdOf(link) === claimIdOf(current)) : -1;
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
