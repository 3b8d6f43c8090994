// How Tally reads a figure's words as a range of numbers, and how it words a figure in a sentence.
// The readings are Tally's, and say so where shown.
import type { Figure } from './schema.ts';

/** Inclusive bounds; `high` is Infinity for "at least". */
export interface Bounds {
  low: number;
  high: number;
}

/** "about" is read as within 10% either way. */
export const ABOUT_MARGIN = 0.1;

/** The range the figure's own words allow for what they count. */
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
    case 'may-have':
      // A possibility bounds nothing: the true number may be below or above it.
      return { low: 0, high: Infinity };
  }
}

/** Whether the figure is what one source documented or received: a floor on the whole it belongs to. */
export function isFloor(figure: Figure): boolean {
  return figure.recorded !== undefined;
}

/**
 * The range the figure allows for the whole of what it counts. A documented count says the whole is at least
 * that many; nothing caps it.
 */
export function totalBounds(figure: Figure): Bounds {
  const bounds = figureBounds(figure);
  return isFloor(figure) ? { low: bounds.low, high: Infinity } : bounds;
}

/** The single number that stands for a figure when figures are put in order: its value, or for vague words their low end. */
export function figureNumber(figure: Figure): number {
  return figure.value ?? figure.low ?? 0;
}

/** The figure's words as they would sit mid-sentence: "Dozens" at the start of the article's sentence becomes "dozens". */
export function figureWords(figure: Figure): string {
  const { words } = figure;
  return /^[A-Z][a-z]/.test(words) ? words[0]!.toLowerCase() + words.slice(1) : words;
}

/** Vague words that are nouns take "of" before what they count: "dozens of people", but "several people". */
const NOUN_NUMBERS = /^(?:(?:many |several |tens of |hundreds of )?(?:tens|dozens|scores|hundreds|thousands|millions|billions)|a (?:dozen|score|handful|few dozen|couple))$/i;

/** Whether the figure's words need "of" before what they count: "dozens of people". */
export function takesOf(figure: Figure): boolean {
  return NOUN_NUMBERS.test(figureWords(figure));
}

/** "at least 27 civilians killed", "dozens of people killed", "$2 billion pledged". */
export function figurePhrase(figure: Figure): string {
  const words = figureWords(figure);
  return takesOf(figure) ? `${words} of ${figure.counts}` : `${words} ${figure.counts}`;
}

/** A sentence may start with a quoted figure: “At least 27 …”. */
export function capitalise(text: string): string {
  return text.replace(/^([“"(]*)([a-z])/, (_, marks: string, letter: string) => marks + letter.toUpperCase());
}

export function overlaps(a: Bounds, b: Bounds): boolean {
  return a.low <= b.high && b.low <= a.high;
}

// One formatter for every figure: `toLocaleString` builds a new one on each call, which a long list of claims feels.
const NUMBER_FORMAT = new Intl.NumberFormat('en');
const number = (n: number) => NUMBER_FORMAT.format(n);

/** A number in the figure's unit where the unit is money: "594,000,000 USD"; other counts stay bare. */
export function amount(n: number, figure: Figure): string {
  return figure.kind === 'money' ? `${number(n)} ${figure.unit}` : number(n);
}

/** The reading in words, for screen readers and the chart's text: "27 or more", "up to 40". */
export function describeReading(figure: Figure): string {
  const { low, high } = figureBounds(figure);
  switch (figure.qualifier) {
    case 'exact':
      // The schema's `exact` is a figure given with no qualifier ("said 18,000"): its words say nothing of exactness.
      return number(low);
    case 'at-least':
      return `${number(low)} or more`;
    case 'as-many-as':
      return `up to ${number(high)}`;
    case 'about':
      return `about ${number(figure.value ?? low)}, which Tally reads as ${number(low)} to ${number(high)}`;
    case 'vague':
      return `“${figureWords(figure)}”, which Tally reads as ${number(low)} to ${number(high)}`;
    case 'may-have':
      return `possibly ${number(figure.value ?? 0)} (“${figureWords(figure)}” is not a firm count)`;
  }
}

/**
 * Why the words allow what the check relies on, naming them: "Tally reads “dozens” as 24 to 99".
 * Undefined for a figure given without a qualifier, whose words need no reading.
 */
export function readingReason(figure: Figure): string | undefined {
  const { low, high } = figureBounds(figure);
  switch (figure.qualifier) {
    case 'exact':
      return undefined;
    case 'at-least':
      return `“${figureWords(figure)}” allows more`;
    case 'as-many-as':
      return `“${figureWords(figure)}” allows fewer`;
    case 'about':
    case 'vague':
      return `Tally reads “${figureWords(figure)}” as ${amount(low, figure)} to ${amount(high, figure)}`;
    case 'may-have':
      return `“${figureWords(figure)}” states a possibility, not a count`;
  }
}

/**
 * Why two figures' ranges do not meet, the lower first: "Tally reads “about 6,500” as 5,850 to 7,150, below
 * “18,000”". Every number that is Tally's reading is said to be Tally's; a figure's own words are only quoted.
 */
export function clashReason(low: Figure, high: Figure): string {
  const read = (f: Figure) => f.qualifier === 'about' || f.qualifier === 'vague';
  const top = figureBounds(low).high;
  const lower = read(low)
    ? readingReason(low)!
    : low.qualifier === 'as-many-as'
      ? `“${figureWords(low)}” allows at most ${amount(top, low)}`
      : `“${figureWords(low)}”`;
  const { low: bottom, high: ceiling } = figureBounds(high);
  const higher = read(high)
    ? `${read(low) ? 'its' : 'Tally’s'} reading of “${figureWords(high)}”, ${amount(bottom, high)} to ${amount(ceiling, high)}`
    : `“${figureWords(high)}”`;
  return `${lower}${read(low) || low.qualifier === 'as-many-as' ? ',' : ' is'} below ${higher}`;
}

/** Why a documented count does not rival a total, naming the article's verb. */
export function floorReason(figure: Figure): string {
  return `a count someone ${figure.recorded ?? 'recorded'} is a floor on the whole, not a rival total`;
}
