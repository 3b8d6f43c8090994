import { describe, expect, it } from 'vitest';
import { chartViewBox, LABEL_WIDTH, plotX } from '../../src/features/comparison/chart-frame.ts';

const box = (names: string[]) => {
  const [left = NaN, top = NaN, width = NaN, height = NaN] = chartViewBox(names, 100).split(' ').map(Number);
  return [left, top, width, height] as const;
};

describe('chartViewBox', () => {
  it('keeps the frame for short names, with room for the last tick', () => {
    const [left, top, width, height] = box(['SOHR', 'hospital']);
    expect([left, top, height]).toEqual([0, 0, 100]);
    expect(left + width).toBeGreaterThan(plotX(1) + 14);
  });

  it('widens to the left for a long name, so it is never cut, and the plot itself does not move', () => {
    const [left, , width] = box(['police', 'the regional transport department']);
    // The name ends 8 units before the plot and runs left from there: all of it is inside the view.
    expect(LABEL_WIDTH - 8 - [...'the regional transport department'].length * 6).toBeGreaterThan(left);
    expect(left + width).toEqual(box(['SOHR'])[0] + box(['SOHR'])[2]);
  });

  it('gives both charts of a comparison the same view, as they get the same names', () => {
    expect(chartViewBox(['a', 'bb'], 60).split(' ').slice(0, 3)).toEqual(chartViewBox(['bb', 'a'], 90).split(' ').slice(0, 3));
  });
});
