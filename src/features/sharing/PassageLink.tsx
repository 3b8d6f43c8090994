import { useEffect, useState } from 'react';
import { passageSelector, trimRange } from '../../core/passage.ts';
import type { ReadableArticle } from '../../core/readable-article.ts';
import { formatRoute } from '../../core/url-state.ts';
import { copyText } from '../../lib/clipboard.ts';
import { BASE_PATH } from '../../lib/base-path.ts';
import { blockOf, markPanelsLoaded } from '../../lib/page-contract.ts';
import './sharing.css';

interface Offer {
  path: string;
  top: number;
  left: number;
}

/** Where a DOM position falls in the article text, or undefined when it is outside the body. */
function textOffset(readable: ReadableArticle, node: Node, offset: number): number | undefined {
  const block = blockOf(node);
  if (!block) return undefined;
  const placed = readable.body.blocks[block.index];
  if (!placed) return undefined;
  const before = document.createRange();
  before.setStart(block.element, 0);
  before.setEnd(node, offset);
  return placed.start + before.toString().length;
}

/**
 * Selecting words in the article offers a link to them: a TextQuoteSelector in the URL that reopens the
 * article with that passage marked, or says it no longer matches.
 */
export function PassageLink({ readable }: { readable: ReadableArticle }) {
  const [offer, setOffer] = useState<Offer | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const update = () => {
      const selection = document.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      const start = textOffset(readable, range.startContainer, range.startOffset);
      const end = textOffset(readable, range.endContainer, range.endOffset);
      const trimmed = start === undefined || end === undefined ? undefined : trimRange(readable.body.text, { start, end });
      if (!trimmed) return setOffer(null);
      const passage = passageSelector(readable.body.text, trimmed);
      const rect = range.getBoundingClientRect();
      setStatus('');
      setOffer({
        path: formatRoute({ articleId: readable.article.id, passage }, BASE_PATH),
        top: rect.bottom + window.scrollY + 8,
        left: Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + window.innerWidth - 300)),
      });
    };
    const onSelectionChange = () => {
      if (document.getSelection()?.isCollapsed) setOffer(null);
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOffer(null);
      else if (event.shiftKey) update();
    };
    document.addEventListener('pointerup', update);
    document.addEventListener('keyup', onKeyUp);
    document.addEventListener('selectionchange', onSelectionChange);
    // The code loads when a selection begins (panel-components.ts): a selection made meanwhile is offered now.
    if (document.getSelection()?.isCollapsed === false) update();
    // The panels' code is here and the offer is listening: what tests wait for.
    markPanelsLoaded();
    return () => {
      document.removeEventListener('pointerup', update);
      document.removeEventListener('keyup', onKeyUp);
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  }, [readable]);

  if (!offer) return null;
  const url = () => new URL(offer.path, window.location.origin).href;
  return (
    <div className="passage-offer" role="group" aria-label="Link to the selected passage" style={{ top: offer.top, left: offer.left }}>
      <a href={offer.path}>Link to this passage</a>
      <button
        type="button"
        className="button button--quiet"
        // Keep the selection: a pointer press on the button would otherwise clear it first.
        onPointerDown={(event) => event.preventDefault()}
        onClick={() => void copyText(url()).then((ok) => setStatus(ok ? 'Link to the passage copied.' : `Copy this link: ${url()}`))}
      >
        Copy link
      </button>
      <span role="status" className="passage-offer-status">
        {status}
      </span>
    </div>
  );
}
