import { describe, expect, it } from 'vitest';
import { describeForEditor, editorMessage, fieldName, isArticleProblem } from '../../src/core/editor-problems.ts';
import { packFromText } from '../../src/core/pack-draft.ts';

const problem = (path: string, message: string) => ({ file: 'a.json', path, message });

describe('problems as the Studio tells them', () => {
  it('names the article’s fields in an editor’s words, never by their path in the data', () => {
    const address = problem('article.origin.url', 'expected a full web address such as "https://www.example.org/news/story.html", received an empty text');
    expect(isArticleProblem(address)).toBe(true);
    const told = describeForEditor(address);
    expect(told).toMatch(/^The article’s web address: still empty\. .*exports .* point to it\. No address\? Use its online edition’s, or an archive copy’s\.$/);
    expect(told).not.toContain('article.origin');
    expect(fieldName('article.credit')).toBe('The byline');
  });

  it('names a claim’s, a report’s and a source’s fields by their labels and the names the editor gave', () => {
    const parts = { sources: [{ name: 'Ferry Users’ Alliance' }], claims: [{ title: 'Crowd size', reports: [{}, {}] }] };
    expect(fieldName('claims[0].reports[1].figure.unit', parts)).toBe('Claim “Crowd size”, report 2, unit');
    expect(fieldName('claims[0].reports[0].via[1].words', parts)).toBe('Claim “Crowd size”, report 1, chain step 2');
    expect(fieldName('claims[0].title', parts)).toBe('Claim “Crowd size”, claim title');
    expect(fieldName('sources[0].kind', parts)).toBe('Source “Ferry Users’ Alliance”, kind');
    expect(isArticleProblem(problem('claims[0].title', 'x'))).toBe(false);
  });

  it('says the vague-figure rule in plain words, without "received an object"', () => {
    const told = editorMessage(problem('claims[0].reports[0].figure', 'expected a "value", or for vague words a "low" and "high" with low <= high, received an object'));
    expect(told).toBe('give the number as “Value”; for vague words (“a few thousand”), give Tally’s reading of them as a range, “from” no more than “to”.');
    expect(editorMessage(problem('claims[0].title', 'expected a non-empty text, received an empty text'))).toBe('still empty: fill it in.');
  });
});

describe('packFromText', () => {
  it('keeps the byline as the article’s credit, and leaves it out when empty', () => {
    const pasted = { title: 'T', outlet: 'O', published: '2025-03-14', address: 'https://example.org/a', retrieved: '', language: '', text: 'One.\n\nTwo.' };
    expect(packFromText({ ...pasted, byline: ' By Mira Okafor ' }, () => 'x').article.credit).toBe('By Mira Okafor');
    expect(packFromText(pasted, () => 'x').article).not.toHaveProperty('credit');
  });
});
