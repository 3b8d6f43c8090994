import { memo, type MouseEvent } from 'react';
import type { ReadableArticle } from '../../core/readable-article.ts';
import { highlightAttributes, passageMarkAttributes } from '../../lib/page-contract.ts';
import { useHighlightState } from './use-highlight-state.ts';

interface HighlightProps {
  readable: ReadableArticle;
  claimId: string;
  reportId: string;
  /** The report's source ids, joined by spaces. */
  sourceIds: string;
  /** The words of this run; a report's quote may be cut into several runs by other quotes. */
  text: string;
  /** The first run of a report's quote carries its id, so the comparison can jump to it. */
  first: boolean;
  /** "Death toll in Aleppo: 4 sources differ", "Number of air strikes: one source". */
  claimLabel: string;
  href: string;
  /** `strong` where the claim's sources differ; `quiet` for one source, agreement, complements and breakdowns. */
  weight: 'strong' | 'quiet';
  /** How many quotes cover these words; a click takes the innermost. */
  layers: number;
  /** These words are part of a passage a link quotes. */
  marked?: boolean;
  /** One handler for every highlight, so that a thousand highlights share it. */
  onOpen: (event: MouseEvent<HTMLAnchorElement>) => void;
}

/**
 * A report's words in the text. It is a link because it is one: its href is the comparison's own URL,
 * which also works with scripts off or in a new tab. It wraps across lines like the text around it.
 */
export const Highlight = memo(function Highlight(props: HighlightProps) {
  const { readable, claimId, reportId, sourceIds, text, first, claimLabel, href, layers, weight } = props;
  const state = useHighlightState(readable, claimId, reportId, sourceIds);

  return (
    <a {...highlightAttributes(claimId, reportId, state, layers, first, weight)} href={href} aria-label={`${text} — ${claimLabel}`} onClick={props.onOpen}>
      {props.marked ? <mark {...passageMarkAttributes}>{text}</mark> : text}
    </a>
  );
});
