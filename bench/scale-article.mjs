// A generated article for the benchmark: about 1 MB of text with 1,000 claims of 3 reports each, and
// the same text with no claims at all. Deterministic, so runs can be compared.
import { createHash } from 'node:crypto';

const WORDS = ('the a of and to in that was for on with as by at from officials said reported city district ' +
  'village night morning residents hospital team monitor group shelling strikes forces talks meeting local ' +
  'statement according sources people buildings water station eastern western northern southern province').split(' ');

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** @param {{ claims: number, reportsPerClaim: number, targetBytes: number }} options */
export function scaleArticle({ claims = 1000, reportsPerClaim = 3, targetBytes = 1_000_000 } = {}) {
  const next = random(2016);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const filler = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const quotes = claims * reportsPerClaim;
  const sources = Array.from({ length: 60 }, (_, i) => ({
    id: `source-${i + 1}`,
    name: `Source number ${i + 1}`,
    shortName: `Source ${i + 1}`,
    kind: 'organisation',
  }));

  // One quote per paragraph, padded with filler so that the whole text is about targetBytes long.
  const fillerWords = Math.max(4, Math.round((targetBytes / quotes - 90) / 6 / 2));
  const blocks = [];
  const claimList = [];
  const places = [];
  for (let c = 0; c < claims; c++) {
    const reports = [];
    for (let r = 0; r < reportsPerClaim; r++) {
      const value = 10 + Math.floor(next() * 500);
      const qualifier = pick(['exact', 'at-least', 'as-many-as']);
      const words = { exact: `${value}`, 'at-least': `at least ${value}`, 'as-many-as': `as many as ${value}` }[qualifier];
      const exact = `${words} people had been killed in district ${c + 1} (account ${r + 1})`;
      const source = sources[(c * reportsPerClaim + r) % sources.length];
      blocks.push({ kind: 'paragraph', text: `${filler(fillerWords)} ${source.shortName} said ${exact} ${filler(fillerWords)}.` });
      reports.push({
        id: `account-${r + 1}`,
        sourceIds: [source.id],
        quote: { type: 'TextQuoteSelector', exact },
        figure: { words, qualifier, value, kind: 'people-killed', unit: 'people', counts: 'people killed', who: { words: 'people', group: 'people' } },
        place: { words: `district ${c + 1}`, placeId: `district-${c + 1}` },
      });
    }
    places.push({ id: `district-${c + 1}`, name: `district ${c + 1}`, level: 'city-part' });
    claimList.push({ id: `claim-${c + 1}`, title: `Deaths in district ${c + 1}`, question: `How many people were killed in district ${c + 1}?`, kind: 'figure', reports });
  }
  const textSha256 = createHash('sha256').update(blocks.map((b) => b.text).join('\n\n')).digest('hex');
  const origin = { url: 'https://example.org/bench', retrieved: '2016-09-23', textSha256 };
  const article = (id, title) => ({ id, title, outlet: { name: 'Bench' }, published: '2016-09-23', blocks, origin });
  return {
    withClaims: { version: 1, article: article('bench-claims', 'A long article with 1,000 claims'), sources, places, claims: claimList },
    plain: { version: 1, article: article('bench-plain', 'The same article without highlights'), sources, places: [], claims: [] },
    bytes: blocks.reduce((n, b) => n + b.text.length + 2, 0),
  };
}
