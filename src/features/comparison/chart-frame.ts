// The frame both small charts share, so their rows and axes line up when shown one above the other.
export const CHART_WIDTH = 360;
/** Room on the left for a source's short name. */
export const LABEL_WIDTH = 92;
const RIGHT_MARGIN = 14;
/**
 * A generous width for one character of the charts' 11 px semibold names (a Latin glyph averages about
 * 0.6 em): a longer name widens the view to its left rather than being cut at the chart's edge.
 */
const LABEL_CHARACTER = 7;
/** Room to the right of the plot for half of the last tick's label ("30,000", "23 Sept"). */
const TICK_OVERHANG = 14;

/** Maps a fraction of the plot (0–1) to an x coordinate in the chart's viewBox. */
export function plotX(fraction: number): number {
  return LABEL_WIDTH + fraction * (CHART_WIDTH - LABEL_WIDTH - RIGHT_MARGIN);
}

/**
 * The charts' viewBox for these sources' names: the frame, widened to the left for the longest name and to the
 * right for the last tick. Both charts of a comparison get the same names, so their plots still line up; the
 * chart is drawn a little smaller instead of cutting a name (the type stays readable on a phone).
 */
export function chartViewBox(names: readonly string[], height: number): string {
  const longest = Math.max(0, ...names.map((name) => [...name].length));
  const left = Math.ceil(Math.max(0, longest * LABEL_CHARACTER + 8 - LABEL_WIDTH));
  return `${-left} 0 ${CHART_WIDTH + left + TICK_OVERHANG} ${height}`;
}
