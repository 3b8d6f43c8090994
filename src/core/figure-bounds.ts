// How Tally reads a figure's words as a range of numbers. The reading is Tally's, and says so where shown.
import type { Figure } from './schema.ts';

/** Inclusive bounds; `high` is Infinity for "at least". */
export interface Bounds {
  low: number;
  high: number;
}

/** "about" is read as within 10% either way. */
export const ABOUT_MARGIN = 0.1;

export function figureBounds(figure: Figure): Bounds {
  const value = figure.value ?? figure.low ?? 0;
  switch (figure.qualifier) {
    case 'exact':
      return { low: value, high: value };
    case 'at-least':
      return { low: value, high: Infinity };
    case 'as-many-as':
      return { low: 0, high: value };
    case 'about':
      // The epsilon keeps float noise (100 × 1.1 = 110.00000000000001) from widening the range.
      return { low: Math.floor(value * (1 - ABOUT_MARGIN) + 1e-9), high: Math.ceil(value * (1 + ABOUT_MARGIN) - 1e-9) };
    case 'vague':
      return { low: figure.low ?? 0, high: figure.high ?? Infinity };
  }
}

/** The single number that stands for a figure in a summary: its value, or for vague words their low end. */
export function figureNumber(figure: Figure): number {
  return figure.value ?? figure.low ?? 0;
}

/** The figure's words as they would sit mid-sentence: "Dozens" at the start of the article's sentence becomes "dozens". */
export function figureWords(figure: Figure): string {
  const { words } = figure;
  return /^[A-Z][a-z]/.test(words) ? words[0]!.toLowerCase() + words.slice(1) : words;
}

/** "at least 27 civilians killed". */
export function figurePhrase(figure: Figure): string {
  return `${figureWords(figure)} ${figure.counts}`;
}

export function overlaps(a: Bounds, b: Bounds): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/** The reading in words, for screen readers and the chart's text: "27 or more", "up to 40". */
export function describeReading(figure: Figure): string {
  const { low, high } = figureBounds(figure);
  switch (figure.qualifier) {
    case 'exact':
      return `exactly ${low}`;
    case 'at-least':
      return `${low} or more`;
    case 'as-many-as':
      return `up to ${high}`;
    case 'about':
      return `about ${figure.value ?? low}, read as ${low} to ${high}`;
    case 'vague':
      return `“${figureWords(figure)}”, read as ${low} to ${high}`;
  }
}
