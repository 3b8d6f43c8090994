import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, historyReducer, initialHistory, type History, type HistoryAction } from '../../src/core/history.ts';

const run = (actions: HistoryAction<string>[], start = initialHistory('a')): History<string> => actions.reduce(historyReducer, start);

describe('historyReducer', () => {
  it('undoes and redoes edits in order', () => {
    const h = run([{ type: 'edit', next: 'b' }, { type: 'edit', next: 'c' }, { type: 'undo' }]);
    expect(h.present).toBe('b');
    expect(run([{ type: 'undo' }], h).present).toBe('a');
    expect(run([{ type: 'undo' }, { type: 'redo' }, { type: 'redo' }], h).present).toBe('c');
  });

  it('drops what could be redone once a new edit is made', () => {
    const h = run([{ type: 'edit', next: 'b' }, { type: 'undo' }, { type: 'edit', next: 'x' }, { type: 'redo' }]);
    expect(h.present).toBe('x');
    expect(h.future).toEqual([]);
  });

  it('makes keystrokes in one field one step, and a new field a new step', () => {
    const h = run([
      { type: 'edit', next: 'a1', group: 'title' },
      { type: 'edit', next: 'a12', group: 'title' },
      { type: 'edit', next: 'a12x', group: 'outlet' },
      { type: 'undo' },
    ]);
    expect(h.present).toBe('a12');
    expect(run([{ type: 'undo' }], h).present).toBe('a');
  });

  it('does nothing with nothing to undo or redo, and forgets history on reset', () => {
    const start = initialHistory('a');
    expect(run([{ type: 'undo' }, { type: 'redo' }], start)).toBe(start);
    const h = run([{ type: 'edit', next: 'b' }, { type: 'reset', present: 'z' }]);
    expect(h).toEqual(initialHistory('z'));
  });

  it(`keeps at most ${HISTORY_LIMIT} steps`, () => {
    const edits = Array.from({ length: HISTORY_LIMIT + 5 }, (_, i): HistoryAction<string> => ({ type: 'edit', next: String(i) }));
    expect(run(edits).past).toHaveLength(HISTORY_LIMIT);
  });

  it('puts saved steps back around a reopened present, unless the editor has already changed something', () => {
    const restored = run([{ type: 'restore', past: ['x', 'y'], future: ['z'] }]);
    expect(restored).toMatchObject({ past: ['x', 'y'], present: 'a', future: ['z'] });
    expect(run([{ type: 'undo' }], restored).present).toBe('y');
    expect(run([{ type: 'redo' }], restored).present).toBe('z');

    const edited = run([{ type: 'edit', next: 'b' }, { type: 'restore', past: ['x'], future: [] }]);
    expect(edited.past).toEqual(['a']);
  });
});
