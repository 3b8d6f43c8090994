import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText, type Mark } from '../../src/core/segment-text.ts';

const whole = (text: string) => ({ start: 0, end: text.length });
const view = (segments: ReturnType<typeof segmentText>) => segments.map((s) => [s.text, s.marks.map((m) => m.key)]);

describe('segmentText', () => {
  const text = 'SOHR said at least 27 civilians had been killed.';

  it('leaves text without marks as one plain run', () => {
    expect(view(segmentText(text, whole(text), []))).toEqual([[text, []]]);
  });

  it('cuts a marked quote out of its sentence', () => {
    const marks: Mark[] = [{ key: 'sohr', start: 10, end: 47 }];
    expect(view(segmentText(text, whole(text), marks))).toEqual([
      ['SOHR said ', []],
      ['at least 27 civilians had been killed', ['sohr']],
      ['.', []],
    ]);
  });

  it('keeps marks that touch as two runs', () => {
    const marks: Mark[] = [
      { key: 'a', start: 0, end: 4 },
      { key: 'b', start: 4, end: 9 },
    ];
    expect(view(segmentText(text, whole(text), marks)).slice(0, 2)).toEqual([
      ['SOHR', ['a']],
      [' said', ['b']],
    ]);
  });

  it('puts the innermost mark first where one quote nests in another', () => {
    const marks: Mark[] = [
      { key: 'outer', start: 10, end: 47 },
      { key: 'inner', start: 19, end: 31 },
    ];
    expect(view(segmentText(text, whole(text), marks))).toEqual([
      ['SOHR said ', []],
      ['at least ', ['outer']],
      ['27 civilians', ['inner', 'outer']],
      [' had been killed', ['outer']],
      ['.', []],
    ]);
  });

  it('splits overlapping quotes into three runs', () => {
    const marks: Mark[] = [
      { key: 'left', start: 0, end: 18 },
      { key: 'right', start: 10, end: 31 },
    ];
    expect(view(segmentText(text, whole(text), marks)).slice(0, 3)).toEqual([
      ['SOHR said ', ['left']],
      ['at least', ['left', 'right']],
      [' 27 civilians', ['right']],
    ]);
  });

  it('keeps the first-given mark first when two cover exactly the same words', () => {
    const marks: Mark[] = [
      { key: 'first', start: 0, end: 4 },
      { key: 'second', start: 0, end: 4 },
    ];
    expect(view(segmentText(text, whole(text), marks))[0]).toEqual(['SOHR', ['first', 'second']]);
  });

  it('clips marks to the span it is asked for', () => {
    const span = { start: 5, end: 18 };
    const marks: Mark[] = [{ key: 'wide', start: 0, end: 10 }];
    expect(view(segmentText(text, span, marks))).toEqual([
      ['said ', ['wide']],
      ['at least', []],
    ]);
  });

  it('ignores empty marks and marks outside the span', () => {
    const marks: Mark[] = [
      { key: 'empty', start: 3, end: 3 },
      { key: 'away', start: 40, end: 47 },
    ];
    expect(view(segmentText(text, { start: 0, end: 9 }, marks))).toEqual([['SOHR said', []]]);
  });

  it('always concatenates back to the exact text, with runs under exactly the marks that cover them', () => {
    const input = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 80 })
      .chain((body) =>
        fc.record({
          body: fc.constant(body),
          marks: fc
            .array(fc.tuple(fc.nat(body.length), fc.nat(body.length)), { maxLength: 8 })
            .map((pairs): Mark[] => pairs.map(([a, b], i) => ({ key: `m${i}`, start: Math.min(a, b), end: Math.max(a, b) }))),
        }),
      );
    fc.assert(
      fc.property(input, ({ body, marks }) => {
        const segments = segmentText(body, whole(body), marks);
        expect(segments.map((s) => s.text).join('')).toBe(body);
        for (const segment of segments) {
          expect(segment.text).toBe(body.slice(segment.start, segment.end));
          const covering = marks.filter((m) => m.end > m.start && m.start <= segment.start && m.end >= segment.end);
          expect(new Set(segment.marks)).toEqual(new Set(covering));
          for (let i = 1; i < segment.marks.length; i++) {
            const [a, b] = [segment.marks[i - 1]!, segment.marks[i]!];
            expect(a.end - a.start).toBeLessThanOrEqual(b.end - b.start);
          }
        }
      }),
    );
  });
});
