// A passage a link quotes is brought into view once, when the link is opened.
import { useEffect } from 'react';
import type { TextRange } from '../../core/anchor-quote.ts';
import { scrollBehavior } from '../../lib/after-paint.ts';
import { findPassageMark } from '../../lib/page-contract.ts';

export function useLinkedPassage(passage: TextRange | undefined): void {
  const start = passage?.start;
  useEffect(() => {
    if (start === undefined) return;
    findPassageMark()?.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
  }, [start]);
}
