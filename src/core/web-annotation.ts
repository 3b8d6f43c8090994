// The article's reports as W3C Web Annotations: one AnnotationCollection with its first (and only)
// AnnotationPage embedded, one Annotation per report, each aimed at the article's original address with a
// TextQuoteSelector and a TextPositionSelector. Tally's structured fields travel under Tally's own
// JSON-LD context (TALLY_CONTEXT), published with the site.
import { annotatedAddress } from './article-origin.ts';
import { quoteForDisplay, sourceNames } from './describe-claim.ts';
import { describeReading, figureBounds } from './figure-bounds.ts';
import { absoluteUrl, contextPath, exportPath, pageUrl, type ExportSite } from './export-addresses.ts';
import { quotePlacer } from './placed-quote.ts';
import type { ReadableArticle } from './readable-article.ts';
import type { Claim, Report, TextQuoteSelector } from './schema.ts';

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The convention every TextPositionSelector follows, stated in each collection and in docs/exports.md. */
export const POSITION_CONVENTION =
  'TextPositionSelector start and end count Unicode code points (not UTF-16 units or bytes) from 0 in the article’s text taken as its paragraphs (and captions) joined by a blank line, "\\n\\n"; end is exclusive.';

/** Each of Tally's terms, what it means; the context maps them into Tally's namespace. */
export const TALLY_TERMS = {
  report: 'Tally’s structured record of the report the annotation marks.',
  claimId: 'The id of the claim (one question the sources answer) within the article.',
  reportId: 'The id of the report within its claim.',
  sourceIds: 'The ids of the sources the report is credited to, in order.',
  originalAddress: 'true when the target is the article’s original web address; false when the pack does not state it and the target is Tally’s own page of the article.',
  anchored: 'true when the quote was found, once, in the article’s text; false for an orphan, which carries no position.',
  figure: 'The number a source gave, as the article words it and as Tally records it.',
  words: 'The article’s own words for a figure, who is counted, hours, place or a step of the chain.',
  qualifier: 'How a figure is hedged: exact (the words carry no qualifier, such as “said 18,000”; not a claim that the figure is exact), at-least, as-many-as, about, vague or may-have.',
  number: 'The number the source gave; absent for vague words such as "dozens".',
  unit: 'What one of a figure is ("people", "homes"); for money, the currency code (Tally’s reading).',
  recorded: 'The article’s verb when a figure is what a source documented, received, recorded or confirmed: a floor on the whole.',
  partOfReport: 'The id of the report, in the same claim, whose total this figure is a part of.',
  placeId: 'The id of the place record, within the article, that the place words name.',
  counts: 'What a figure counts, in a reader’s words.',
  who: 'Who is counted, in the article’s words and as a group.',
  group: 'Who is counted, as a group Tally reads them as.',
  tallyReading: 'Tally’s reading of the article’s words (a range for a figure, clock hours for a time): Tally’s, not the article’s.',
  inWords: 'Tally’s reading, said in words ("27 or more", "up to 40").',
  low: 'The lowest number Tally reads the words to allow.',
  high: 'The highest number Tally reads the words to allow; absent when open-ended.',
  from: 'When the hours begin, as local clock time (ISO 8601, no time zone), in Tally’s reading.',
  to: 'When the hours end, in Tally’s reading; absent when open-ended. In a chain step: whom the source told.',
  timeWindow: 'The hours a report covers, or when a statement was made, as the article states them; label is Tally’s short name for them.',
  place: 'Where, as the article states it.',
  level: 'What kind of place: facility, village, town, city-part, city, province or country.',
  within: 'Ids of the places the article puts this one in.',
  chain: 'How the report reached the article, step by step.',
  kind: 'For a figure, the general kind of thing counted, from Tally’s vocabulary (Tally’s reading); for a chain step, said, reported, told or according-to.',
} as const;

/** Tally's JSON-LD context document. Terms take no `@type` coercion: values are plain JSON strings, numbers and booleans. */
export function tallyContext(site: ExportSite) {
  const namespace = `${absoluteUrl(site, contextPath(site.base)).replace(/\.jsonld$/, '')}#`;
  const lists = new Set(['sourceIds', 'chain', 'within']);
  return {
    '@context': {
      tally: namespace,
      ...Object.fromEntries(
        Object.keys(TALLY_TERMS).map((term) => [term, lists.has(term) ? { '@id': `tally:${term}`, '@container': '@list' } : `tally:${term}`]),
      ),
    },
    // Outside @context, so processors ignore it: the terms in words, for people reading the file.
    'tally:terms': TALLY_TERMS,
  };
}

const compact = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;

/** Tally's record of a report, with every reading of Tally's own under `tallyReading`. */
function tallyReport(readable: ReadableArticle, claim: Claim, report: Report, anchored: boolean, originalAddress: boolean) {
  const { figure, window, place, via } = report;
  const placeRecord = place && readable.placesById.get(place.placeId);
  const bounds = figure && figureBounds(figure);
  return compact({
    claimId: claim.id,
    reportId: report.id,
    sourceIds: report.sourceIds,
    originalAddress,
    anchored,
    figure:
      figure &&
      compact({
        words: figure.words,
        qualifier: figure.qualifier,
        number: figure.value,
        kind: figure.kind,
        unit: figure.unit,
        recorded: figure.recorded,
        counts: figure.counts,
        who: figure.who && compact({ words: figure.who.words, group: figure.who.group }),
        tallyReading: compact({
          low: bounds!.low,
          high: Number.isFinite(bounds!.high) ? bounds!.high : undefined,
          inWords: describeReading(figure),
        }),
      }),
    timeWindow:
      window &&
      compact({
        words: window.words,
        label: window.label,
        tallyReading: window.from || window.to ? compact({ from: window.from, to: window.to }) : undefined,
      }),
    place: place && compact({ words: place.words, placeId: place.placeId, level: placeRecord?.level, within: placeRecord?.within }),
    partOfReport: report.partOf,
    chain: via?.map((step) => compact({ words: step.words, kind: step.kind, to: step.to })),
  });
}

/** The report in plain words, every part from the data and silence said as "not stated". */
export function reportInWords(readable: ReadableArticle, claim: Claim, report: Report): string {
  const who = sourceNames(report.sourceIds, readable.sourcesById, 'name');
  // "counts: words" keeps the article's words whole and reads right for any figure ("people killed: dozens").
  const said = report.figure
    ? `${who} — ${report.figure.counts}: “${report.figure.words}” (Tally’s reading: ${describeReading(report.figure)}).`
    : `${who}: “${quoteForDisplay(report.quote.exact)}”.`;
  const hours = claim.kind === 'statement' ? 'When said' : 'Hours';
  // The outlet speaking in its own voice reached the article by being written in it: that is stated.
  const ownVoice = report.sourceIds.every((id) => readable.sourcesById.get(id)?.kind === 'outlet');
  const chain = report.via?.length ? report.via.map((s) => `“${s.words}”`).join(', then ') : ownVoice ? 'the article itself' : 'not stated';
  return [
    said,
    `${hours}: ${report.window ? `“${report.window.words}”` : 'not stated'}.`,
    `Place: ${report.place ? `“${report.place.words}”` : 'not stated'}.`,
    `How it reached the article: ${chain}.`,
  ].join(' ');
}

export interface AnnotationOptions {
  site: ExportSite;
  /** The collection's own path: an article's, or the site-wide one. */
  path: string;
  label: string;
}

/** One Annotation per report of every given article, in one collection whose first page holds them all. */
export function annotationCollection(readables: readonly ReadableArticle[], { site, path, label }: AnnotationOptions) {
  const context = [ANNO_CONTEXT, absoluteUrl(site, contextPath(site.base))];
  const collectionId = absoluteUrl(site, path);
  const items = readables.flatMap((readable) => articleAnnotations(readable, site, context));
  const pageId = `${collectionId}#page-1`;
  return {
    '@context': context,
    id: collectionId,
    type: 'AnnotationCollection',
    label,
    generator: generator(site),
    total: items.length,
    first: { id: pageId, type: 'AnnotationPage', partOf: collectionId, startIndex: 0, items },
    last: pageId,
    // Outside the Web Annotation vocabulary, for people reading the file; dc:description needs no term.
    'http://purl.org/dc/terms/description': `Claims and reports marked by Tally. ${POSITION_CONVENTION}`,
  };
}

function generator(site: ExportSite) {
  return { id: absoluteUrl(site, site.base), type: 'Software', name: 'Tally', homepage: absoluteUrl(site, site.base) };
}

function articleAnnotations(readable: ReadableArticle, site: ExportSite, context: string[]) {
  const { article } = readable;
  const place = quotePlacer(readable);
  const target = annotatedAddress(article, pageUrl(site, { articleId: article.id }));
  const idBase = absoluteUrl(site, exportPath('annotations', article.id, site.base));
  return readable.claims.flatMap((claim) =>
    claim.reports.map((report) => {
      const { selector: quote, position } = place(claim.id, report);
      const selector: [TextQuoteSelector, TextPositionSelector?] = position
        ? [quote, { type: 'TextPositionSelector', start: position.start, end: position.end }]
        : [quote];
      return {
        '@context': context,
        id: `${idBase}#${encodeURIComponent(claim.id)}/${encodeURIComponent(report.id)}`,
        type: 'Annotation',
        motivation: 'describing',
        body: [
          { type: 'TextualBody', purpose: 'describing', value: reportInWords(readable, claim, report), format: 'text/plain', language: 'en' },
          { type: 'TextualBody', purpose: 'tagging', value: claim.title, format: 'text/plain', language: 'en' },
          { type: 'TextualBody', purpose: 'identifying', value: sourceNames(report.sourceIds, readable.sourcesById, 'name'), format: 'text/plain' },
        ],
        target: {
          type: 'SpecificResource',
          source: target.url,
          scope: pageUrl(site, { articleId: article.id, claimId: claim.id, reportId: report.id }),
          selector,
        },
        report: tallyReport(readable, claim, report, position !== undefined, target.original),
      };
    }),
  );
}
