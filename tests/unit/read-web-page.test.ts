import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readWebPage } from '../../src/features/studio/read-web-page.ts';

const savedPage = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../fixtures/saved-page.html'), 'utf8');

describe('readWebPage', () => {
  it('takes the article’s text, title, byline, outlet, date and address out of a saved page', () => {
    const article = readWebPage(savedPage);
    expect(article).toMatchObject({
      title: 'Flood leaves towns under water',
      outlet: 'The Valley Courier',
      published: '2024-03-05',
      address: 'https://courier.example/2024/03/05/flood',
      byline: 'Ana Ruiz',
    });
    const paragraphs = article!.text.split('\n\n');
    expect(paragraphs).toContain('Heavy rain overnight sent the river over its banks in three towns, and the regional council said about 1,200 homes had been flooded by morning.');
    expect(article!.text).not.toMatch(/Home|Sport|©/);
    expect(article!.text).not.toContain('__pwned');
  });

  it('finds nothing in a page with no article', () => {
    expect(readWebPage('<html><body></body></html>')).toBeUndefined();
  });
});
