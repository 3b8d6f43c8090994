import { memo, type MouseEvent } from 'react';
import { COMPARISON_PANEL_ID } from '../../lib/highlight-dom.ts';
import { useHighlightState } from '../../lib/location.ts';

interface HighlightProps {
  claimId: string;
  reportId: string;
  /** The report's source ids, joined by spaces. */
  sourceIds: string;
  /** The words of this run; a report's quote may be cut into several runs by other quotes. */
  text: string;
  /** Set on the first run of a report's quote, so the comparison can jump to it. */
  elementId: string | undefined;
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
  const { claimId, reportId, sourceIds, text, elementId, claimLabel, href, layers, weight } = props;
  const state = useHighlightState(claimId, reportId, sourceIds);

  return (
    <a
      id={elementId}
      href={href}
      className="highlight"
      data-claim-id={claimId}
      data-report-id={reportId}
      data-weight={weight}
      data-state={state === 'closed' ? undefined : state}
      data-layers={layers > 1 ? layers : undefined}
      aria-label={`${text} — ${claimLabel}`}
      aria-expanded={state === 'open' || state === 'current'}
      aria-controls={COMPARISON_PANEL_ID}
      onClick={props.onOpen}
    >
      {props.marked ? <mark className="passage">{text}</mark> : text}
    </a>
  );
});
