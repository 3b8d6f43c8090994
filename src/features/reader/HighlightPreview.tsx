import { useEffect, useRef, useState } from 'react';
import { claimFiguresLine } from '../../core/describe-claim.ts';
import { placedReports, type ReadableArticle } from '../../core/readable-article.ts';
import { claimIdOf, highlightOf, hoveredHighlight, isAppFocus } from '../../lib/page-contract.ts';

/** As on Wikipedia's page previews: long enough not to flash while the pointer passes over text. */
const SHOW_DELAY_MS = 500;
const HIDE_DELAY_MS = 250;
const PREVIEW_ID = 'highlight-preview';

interface Shown {
  claimId: string;
  anchor: HTMLElement;
  top: number;
  left: number;
}

/**
 * A one-line preview of a claim on hover or keyboard focus: its question and each source's figure.
 * The full comparison still opens on click or Enter; touch goes straight to the click. One listener for
 * the whole article, rather than one per highlight.
 */
export function HighlightPreview({ readable }: { readable: ReadableArticle }) {
  const [shown, setShown] = useState<Shown | null>(null);
  const timers = useRef({ show: 0, hide: 0 });

  useEffect(() => {
    const t = timers.current;
    const inPreview = (target: EventTarget | null) => target instanceof Element && target.closest(`#${PREVIEW_ID}`) !== null;

    const show = (anchor: HTMLElement) => {
      window.clearTimeout(t.hide);
      window.clearTimeout(t.show);
      t.show = window.setTimeout(() => {
        if (anchor.getAttribute('aria-expanded') === 'true') return;
        const rect = anchor.getClientRects()[0] ?? anchor.getBoundingClientRect();
        const width = Math.min(360, window.innerWidth - 16);
        setShown({
          claimId: claimIdOf(anchor),
          anchor,
          top: rect.bottom + window.scrollY + 6,
          left: Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + window.innerWidth - width - 8)),
        });
      }, SHOW_DELAY_MS);
    };
    const hide = (delay = HIDE_DELAY_MS) => {
      window.clearTimeout(t.show);
      window.clearTimeout(t.hide);
      t.hide = window.setTimeout(() => setShown(null), delay);
    };

    const onOver = (event: PointerEvent) => {
      if (event.pointerType === 'touch') return;
      const anchor = highlightOf(event.target);
      if (anchor) show(anchor);
      else if (inPreview(event.target)) window.clearTimeout(t.hide);
    };
    const onOut = (event: PointerEvent) => {
      if (highlightOf(event.target) || inPreview(event.target)) hide();
    };
    const onFocusIn = (event: FocusEvent) => {
      // Focus the app puts back (after Escape closes a panel) is not the reader's: no preview for it.
      const anchor = isAppFocus() ? null : highlightOf(event.target);
      if (anchor?.matches(':focus-visible')) show(anchor);
      else hide(0);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') hide(0);
    };
    const onClick = () => hide(0);

    // On the capture phase: React holds back these events from a run of the article it has not hydrated
    // yet (use-late-runs.ts), and the document sees them before React does.
    document.addEventListener('pointerover', onOver, true);
    document.addEventListener('pointerout', onOut, true);
    document.addEventListener('focusin', onFocusIn, true);
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick, true);
    // This code loads as the pointer or focus reaches a highlight (panel-components.ts): that highlight
    // is previewed as if the event had come now.
    const focused = highlightOf(document.activeElement);
    const current = hoveredHighlight() ?? (focused?.matches(':focus-visible') && !isAppFocus() ? focused : null);
    if (current) show(current);
    return () => {
      window.clearTimeout(t.show);
      window.clearTimeout(t.hide);
      document.removeEventListener('pointerover', onOver, true);
      document.removeEventListener('pointerout', onOut, true);
      document.removeEventListener('focusin', onFocusIn, true);
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick, true);
    };
  }, []);

  // While shown, the preview describes its highlight to screen readers too.
  useEffect(() => {
    if (!shown) return;
    shown.anchor.setAttribute('aria-describedby', PREVIEW_ID);
    return () => shown.anchor.removeAttribute('aria-describedby');
  }, [shown]);

  const claim = shown && readable.claims.find((c) => c.id === shown.claimId);
  if (!shown || !claim) return null;
  return (
    <div id={PREVIEW_ID} role="tooltip" className="highlight-preview" style={{ top: shown.top, left: shown.left }}>
      <p className="highlight-preview-question">{claim.question}</p>
      <p className="highlight-preview-figures">{claimFiguresLine(placedReports(readable, claim), readable.sourcesById)}</p>
    </div>
  );
}
