// How the comparison finds a report's words in the article: one id scheme, used by both sides.

/** DOM id of the first highlighted run of a report's quote. */
export function highlightId(claimId: string, reportId: string): string {
  return `quote-${claimId}--${reportId}`;
}

export const COMPARISON_PANEL_ID = 'comparison';

/** The element that best stands for a report in the text: its own highlight, else its claim's first one. */
export function findHighlight(claimId: string, reportId?: string): HTMLElement | null {
  const own = reportId === undefined ? null : document.getElementById(highlightId(claimId, reportId));
  return own ?? document.querySelector<HTMLElement>(`[data-claim-id="${CSS.escape(claimId)}"]`);
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Runs `work` once the browser has painted the current frame. Focusing or measuring forces a layout;
 * done after the paint, it does not hold up what the reader asked to see.
 */
export function afterPaint(work: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(work);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}
