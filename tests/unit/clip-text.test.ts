import { describe, expect, it } from 'vitest';
import { clipMiddle, clipText } from '../../src/core/clip-text.ts';

const passage = "A member of the city's forensic team, Muhammad Abu Jaafar, said he had documented 54 deaths since late on September 22, including many women and children.";

describe('clipping text', () => {
  it('keeps text that fits, whole', () => {
    expect(clipText('at least 27 civilians', 40)).toBe('at least 27 civilians');
    expect(clipMiddle('at least 27 civilians', 40)).toBe('at least 27 civilians');
  });

  it('cuts the end off a long text, with an ellipsis', () => {
    expect(clipText(passage, 40)).toBe('A member of the city\'s forensic team, M…');
  });

  it('names a long passage by its start and its end, each cut at a word’s edge, within the length asked', () => {
    const clipped = clipMiddle(passage, 120);
    expect(clipped).toBe("A member of the city's forensic team, Muhammad Abu Jaafar, … late on September 22, including many women and children.");
    expect(clipped.length).toBeLessThanOrEqual(120);
    for (const part of clipped.split(' … ')) expect(passage).toContain(part);
  });

  it('drops only the piece of a word a cut falls inside, and never returns more than it was given', () => {
    expect(clipMiddle('one two three four five six seven', 15)).toBe('one … seven');
    expect(clipMiddle('abcdefghij', 3)).toBe('a … j');
  });
});
