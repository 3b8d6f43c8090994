import { render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { speakerName } from '../../src/core/describe-claim.ts';
import { parseArticleFile } from '../../src/core/parse-article-file.ts';
import { readableArticle } from '../../src/core/readable-article.ts';
import type { Report } from '../../src/core/schema.ts';
import { CountingRules } from '../../src/features/comparison/CountingRules.tsx';

const pack: unknown = JSON.parse(readFileSync('tests/site/articles/fixture-market-shelling.json', 'utf8'));
const market = readableArticle(parseArticleFile(pack, 'data/articles/fixture-market-shelling.json'));
const reports = market.claims.find((c) => c.id === 'market-toll')!.reports;

describe('one headline figure, from rivals described in different words', () => {
  it('says under the headline that the rules take them as one thing, which Tally does not judge', () => {
    render(<CountingRules reports={reports} places={market.placesById} nameOf={(r: Report) => speakerName(r, market.sourcesById)} />);
    const group = screen.getByRole('group', { name: 'One headline figure?' });
    expect(group).toHaveTextContent(
      'The rules take SOHR’s “people killed” and the town council’s “people who died” as counts of the same thing; Tally does not judge whether they are.',
    );
  });
});
