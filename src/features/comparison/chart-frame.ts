// The frame both small charts share, so their rows and axes line up when shown one above the other.
export const CHART_WIDTH = 360;
/** Room on the left for a source's short name. */
export const LABEL_WIDTH = 92;
const RIGHT_MARGIN = 14;

/** Maps a fraction of the plot (0–1) to an x coordinate in the chart's viewBox. */
export function plotX(fraction: number): number {
  return LABEL_WIDTH + fraction * (CHART_WIDTH - LABEL_WIDTH - RIGHT_MARGIN);
}
