import { useEffect, useRef } from 'react';
import { COMPARISON_PANEL_ID } from '../../lib/highlight-dom.ts';
import { useMediaQuery } from '../../lib/use-media-query.ts';
import { Comparison, COMPARISON_TITLE_ID, type ComparisonProps } from './Comparison.tsx';
import './comparison.css';

/** Wide screens show the comparison beside the article; phones show it as a modal sheet. */
export const WIDE_LAYOUT_QUERY = '(min-width: 1024px)';

export function ComparisonPanel(props: ComparisonProps) {
  // Prerendered pages are drawn wide; a phone switches to the sheet right after hydration.
  const wide = useMediaQuery(WIDE_LAYOUT_QUERY, true);
  const { claim, onClose } = props;

  // Someone who opened the comparison from the text (click or Enter) is taken to it.
  useEffect(() => {
    const from = document.activeElement;
    if (from instanceof HTMLElement && from.closest('[data-claim-id], [data-claim-link]')) {
      document.getElementById(COMPARISON_TITLE_ID)?.focus({ preventScroll: true });
    }
  }, [claim.id]);

  return wide ? <SidePanel {...props} /> : <Sheet {...props} onClose={onClose} />;
}

function SidePanel(props: ComparisonProps) {
  const { onClose } = props;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <section id={COMPARISON_PANEL_ID} className="comparison comparison--side" aria-labelledby={COMPARISON_TITLE_ID}>
      <Comparison {...props} />
    </section>
  );
}

function Sheet(props: ComparisonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    document.getElementById(COMPARISON_TITLE_ID)?.focus({ preventScroll: true });
  }, []);
  return (
    <dialog
      ref={dialog}
      id={COMPARISON_PANEL_ID}
      className="comparison comparison--sheet"
      aria-labelledby={COMPARISON_TITLE_ID}
      onCancel={(event) => {
        // Escape: let the URL close it, so history and focus stay in one place.
        event.preventDefault();
        props.onClose();
      }}
    >
      <Comparison {...props} />
    </dialog>
  );
}
