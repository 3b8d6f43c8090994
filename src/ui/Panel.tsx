import { useEffect, useRef, type ReactNode } from 'react';
import { afterPaint } from '../lib/after-paint.ts';
import { isPlainClick } from '../lib/link-click.ts';
import { useLocationStore } from '../lib/location.ts';
import { opensPanels, PANEL_ID } from '../lib/page-contract.ts';
import { useMediaQuery } from '../lib/use-media-query.ts';
import { WIDE_LAYOUT_QUERY } from './layout.ts';
import './panel.css';


interface PanelProps {
  /** Id of the panel's heading, which names it and takes focus when it opens from the text. */
  titleId: string;
  /** Changes when the panel shows something else (another claim or source). */
  contentKey: string;
  closeLabel: string;
  /** Where closing leads: the close control is a link, so it works before scripts run too. */
  closeHref: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * The one place something opens beside the text: a labelled region on wide screens, a modal dialog on
 * phones. Escape and the close button both call `onClose`, which closes it through the URL.
 */
export function Panel(props: PanelProps) {
  // Prerendered pages are drawn wide; a phone switches to the sheet right after hydration.
  const wide = useMediaQuery(WIDE_LAYOUT_QUERY, true);
  const { contentKey, titleId } = props;
  const location = useLocationStore();

  // Someone who opened the panel from a link (click or Enter) is taken to it; a page load is not, nor a
  // panel the page was loaded with when its code arrives (focus may be inside it by then).
  useEffect(() => {
    if (!location.hasNavigated()) return;
    const from = document.activeElement;
    if (from instanceof HTMLElement && opensPanels(from)) {
      return afterPaint(() => document.getElementById(titleId)?.focus({ preventScroll: true }));
    }
  }, [location, contentKey, titleId]);

  return wide ? <SidePanel {...props} /> : <Sheet {...props} />;
}

function CloseLink({ label, href, onClose }: { label: string; href: string; onClose: () => void }) {
  return (
    <a
      className="panel-close"
      href={href}
      aria-label={label}
      onClick={(event) => {
        if (!isPlainClick(event)) return;
        event.preventDefault();
        onClose();
      }}
    >
      <span aria-hidden="true">×</span>
    </a>
  );
}

function SidePanel({ titleId, closeLabel, closeHref, onClose, children }: PanelProps) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <section id={PANEL_ID} className="panel panel--side" aria-labelledby={titleId}>
      <CloseLink label={closeLabel} href={closeHref} onClose={onClose} />
      {children}
    </section>
  );
}

function Sheet({ titleId, closeLabel, closeHref, onClose, children }: PanelProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    document.getElementById(titleId)?.focus({ preventScroll: true });
  }, [titleId]);
  return (
    <dialog
      ref={dialog}
      id={PANEL_ID}
      className="panel panel--sheet"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: let the URL close it, so history and focus stay in one place.
        event.preventDefault();
        onClose();
      }}
    >
      <CloseLink label={closeLabel} href={closeHref} onClose={onClose} />
      {children}
    </dialog>
  );
}
