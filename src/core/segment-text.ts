// Splits a block of text into runs that are either plain or covered by one or more marks (highlights).
// Concatenating the runs' text always gives back the block's text exactly.
import type { TextRange } from './anchor-quote.ts';

export interface Mark extends TextRange {
  /** Identifies the mark to the caller, e.g. "death-toll/hospital". */
  key: string;
}

export interface Segment<M extends Mark = Mark> extends TextRange {
  text: string;
  /** Marks covering this run, innermost (shortest) first; ties keep the caller's order. Empty for plain text. */
  marks: M[];
}

/**
 * Segments `span` of `text`. Marks may overlap, nest, touch or reach outside the span (they are clipped).
 */
export function segmentText<M extends Mark>(text: string, span: TextRange, marks: readonly M[]): Segment<M>[] {
  // Most blocks of a long article hold no quote or one: answered without the general machinery.
  if (marks.length === 0) return [{ start: span.start, end: span.end, text: text.slice(span.start, span.end), marks: [] }];
  if (marks.length === 1) {
    const mark = marks[0]!;
    const start = Math.max(mark.start, span.start);
    const end = Math.min(mark.end, span.end);
    if (start < end) {
      const runs: Segment<M>[] = [];
      if (span.start < start) runs.push({ start: span.start, end: start, text: text.slice(span.start, start), marks: [] });
      runs.push({ start, end, text: text.slice(start, end), marks: [mark] });
      if (end < span.end) runs.push({ start: end, end: span.end, text: text.slice(end, span.end), marks: [] });
      return runs;
    }
  }
  const inside = marks
    .map((mark, order) => ({ mark, order, length: mark.end - mark.start }))
    .filter(({ mark }) => mark.start < span.end && mark.end > span.start && mark.end > mark.start)
    .sort((a, b) => a.length - b.length || a.order - b.order);

  const cuts = new Set<number>([span.start, span.end]);
  for (const { mark } of inside) {
    cuts.add(Math.max(mark.start, span.start));
    cuts.add(Math.min(mark.end, span.end));
  }
  const points = [...cuts].sort((a, b) => a - b);

  const segments: Segment<M>[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = inside.filter(({ mark }) => mark.start <= start && mark.end >= end).map(({ mark }) => mark);
    const previous = segments.at(-1);
    // Neighbouring runs under the same marks are one run.
    if (previous && sameMarks(previous.marks, covering)) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
    } else {
      segments.push({ start, end, text: text.slice(start, end), marks: covering });
    }
  }
  return segments;
}

function sameMarks(a: readonly Mark[], b: readonly Mark[]): boolean {
  return a.length === b.length && a.every((mark, i) => mark === b[i]);
}
