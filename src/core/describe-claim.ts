// Reader-facing words about a claim as a whole: who speaks to it and whether they differ.
import { clipText } from './clip-text.ts';
import type { FiguredReport } from './check-compatibility.ts';
import { compareCounts, compareScopes, countedWordsDiffer } from './compare-scopes.ts';
import { figurePhrase } from './figure-bounds.ts';
import { claimLook, claimSourceIds, sourcingLabel as sourcingOf, type ClaimFinding } from './claim-look.ts';
import type { Claim, Place, Report, Source } from './schema.ts';

export { claimSourceIds, type ClaimFinding } from './claim-look.ts';

/** The figure as its words bound it, to tell differing figures from agreeing ones. */
const figureKey = ({ figure: f }: FiguredReport) => [f.kind, f.unit, f.qualifier, f.value, f.low, f.high, f.recorded ?? ''].join('|');

/**
 * Whether any two figures are rival accounts of the same count that read differently: same kind of thing,
 * scopes not stated to differ or nest, neither a part of the other.
 */
function figuresDiffer(reports: readonly FiguredReport[], places: ReadonlyMap<string, Place>): boolean | 'described-differently' | undefined {
  let compared = false;
  let described = false;
  for (const [i, a] of reports.entries()) {
    for (const b of reports.slice(i + 1)) {
      if (a.partOf === b.id || b.partOf === a.id || (a.partOf !== undefined && a.partOf === b.partOf)) continue;
      if (compareCounts(a.figure, b.figure) === 'apart') continue;
      if (compareScopes(a, b, places).relation !== 'same') continue;
      compared = true;
      if (figureKey(a) !== figureKey(b)) return true;
      described ||= countedWordsDiffer(a.figure, b.figure);
    }
  }
  // The same number for things described in different words is not agreement Tally can state.
  return described ? 'described-differently' : compared ? false : undefined;
}

export function claimFinding(claim: Claim, places: ReadonlyMap<string, Place> = new Map()): ClaimFinding {
  const sources = claimSourceIds(claim).length;
  const wholes = new Set(claim.reports.flatMap((r) => (r.partOf ? [r.partOf] : [])));
  const sourceKey = (r: Report) => [...r.sourceIds].sort().join(' ');
  const oneVoice = new Set(claim.reports.map(sourceKey)).size === 1;
  if (wholes.size > 0 && oneVoice && claim.reports.every((r) => r.partOf !== undefined || wholes.has(r.id))) return 'breakdown';
  if (sources === 1 || claim.reports.length === 1) return 'single';
  const figured = claim.reports.filter((r): r is FiguredReport => r.figure !== undefined);
  if (claim.kind === 'figure' && figured.length === claim.reports.length) {
    const differ = figuresDiffer(figured, places);
    // Figures of different things, or parts inside a whole, complement each other.
    if (differ === 'described-differently') return 'several';
    return differ === undefined ? 'complement' : differ ? 'differ' : 'agree';
  }
  return claim.accounts ?? 'several';
}

/** Each claim's finding, by claim id: what a prerendered page carries (claim-look.ts). */
export function claimFindings(claims: readonly Claim[], places: ReadonlyMap<string, Place> = new Map()): Map<string, ClaimFinding> {
  return new Map(claims.map((claim) => [claim.id, claimFinding(claim, places)]));
}

/** Whether a claim's highlights stand out (its sources differ) or are marked quietly. */
export function claimWeight(claim: Claim, places: ReadonlyMap<string, Place> = new Map()): 'strong' | 'quiet' {
  return claimLook(claim, claimFinding(claim, places)).weight;
}

/**
 * "3 sources differ", "2 sources agree", "one source", "a total and its parts". Tally never calls a report false.
 */
export function sourcingLabel(claim: Claim, places: ReadonlyMap<string, Place> = new Map()): string {
  return sourcingOf(claim, claimFinding(claim, places));
}

/** The accessible name of a claim's highlights: "Death toll in Aleppo: 4 sources differ". */
export function claimLabel(claim: Claim, places: ReadonlyMap<string, Place> = new Map()): string {
  return claimLook(claim, claimFinding(claim, places)).label;
}

/** "SOHR’s", and for the article's own voice "the article’s own". */
export function possessive(name: string): string {
  if (name === 'the article itself') return 'the article’s own';
  if (/['’]s$/.test(name)) return name;
  return name.endsWith('s') ? `${name}’` : `${name}’s`;
}

/** The name a sentence uses for a report's speaker: "SOHR", and for the article's own voice "the article itself". */
export function speakerName(report: Report, sourcesById: ReadonlyMap<string, Source>): string {
  if (report.sourceIds.every((id) => sourcesById.get(id)?.kind === 'outlet')) return 'the article itself';
  // A source is called by its short name, as on the rest of the screen ("police", never "Harbourton police" in
  // one clause and "the alliance" in the next). Officials, media and unnamed sources whose full name is a
  // description opening with an article keep it, article lowered: "the Syrian military", "an army source".
  const described = report.sourceIds.map((id) => {
    const source = sourcesById.get(id);
    if (!source) return id;
    const description = (source.kind === 'officials' || source.kind === 'media' || source.kind === 'unnamed') && /^(The|An|A) /.test(source.name);
    return description ? source.name.replace(/^(The|An|A) /, (article) => article.toLowerCase()) : source.shortName;
  });
  return described.length <= 1 ? (described[0] ?? '') : `${described.slice(0, -1).join(', ')} and ${described.at(-1)}`;
}

/** "SOHR", or "Abu Jaafar and SOHR" for a joint report. */
export function sourceNames(sourceIds: readonly string[], sourcesById: ReadonlyMap<string, Source>, key: 'name' | 'shortName' = 'shortName'): string {
  const names = sourceIds.map((id) => sourcesById.get(id)?.[key] ?? id);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * A quote's words as shown inside Tally's own double quotation marks: double quotes within them become single
 * ones (“‘a few thousand’ had turned out”), so the edge is never doubled. Display only: the anchored quote, and
 * every export of it, keeps the article's characters.
 */
export function quoteForDisplay(words: string): string {
  return words.replace(/["“”]/g, (mark, at: number) => {
    if (mark === '“') return '‘';
    if (mark === '”') return '’';
    // A straight quote opens where it starts the words or follows a space or an opening bracket.
    return at === 0 || /[\s([‘]/.test(words[at - 1]!) ? '‘' : '’';
  });
}

/** What one report says, in a few words: its figure, or the start of its quote. */
export function reportGist(report: Report, maxQuote = 60): string {
  if (report.figure) return figurePhrase(report.figure);
  const quote = quoteForDisplay(report.quote.exact);
  return `“${clipText(quote, maxQuote)}”`;
}

/** "SOHR: at least 27 civilians killed · Abu Jaafar: 54 deaths documented · al-Khatib: 91 people killed". */
export function claimFiguresLine(reports: readonly Report[], sourcesById: ReadonlyMap<string, Source>): string {
  return reports.map((report) => `${sourceNames(report.sourceIds, sourcesById)}: ${reportGist(report)}`).join(' · ');
}

/** Every report a source makes in the article, alone or jointly, in claim order. */
export function reportsOfSource(claims: readonly Claim[], sourceId: string): { claim: Claim; report: Report }[] {
  return claims.flatMap((claim) =>
    claim.reports.filter((report) => report.sourceIds.includes(sourceId)).map((report) => ({ claim, report })),
  );
}

export { SOURCE_KIND_LABELS } from './slugs-and-kinds.ts';
