// "What differs": the dimensions on which a claim's reports part ways, and a short summary. A dimension
// differs only where at least two reports state it and what they state differs; silence is never a
// difference, and where only some reports state a dimension the summary says so.
import { figuredReports, listWords } from './check-compatibility.ts';
import { compareCounts, compareKind, comparePlace, compareWho, compareWindow, countedWordsDiffer, countsPeople } from './compare-scopes.ts';
import { possessive, speakerName } from './describe-claim.ts';
import { figureNumber, figurePhrase, figureWords, isFloor } from './figure-bounds.ts';
import type { Place, Qualifier, Report, Source } from './schema.ts';

/** What the comparison needs from the article besides the reports: who the sources are, and its places. */
export interface ArticleContext {
  sourcesById: ReadonlyMap<string, Source>;
  placesById: ReadonlyMap<string, Place>;
}

export type DimensionKey = 'who' | 'window' | 'place' | 'qualifier' | 'kind' | 'via';

export interface DimensionValue {
  reportId: string;
  text: string;
  /** False where the article does not say: shown as "not stated". */
  stated: boolean;
}

export interface DifferenceRow {
  key: DimensionKey;
  label: string;
  values: DimensionValue[];
  /** How differing values relate, where they nest: "civilians are among people". */
  note?: string;
}

export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  // `exact` in the data means only that the words carry no qualifier ("said 18,000"); they claim no exactness.
  exact: 'a figure given without a qualifier',
  'at-least': 'a minimum (“at least”)',
  'as-many-as': 'a maximum (“as many as”)',
  about: 'an estimate (“about”)',
  vague: 'vague words',
  'may-have': 'a possibility (“may have”)',
};

interface Reading {
  text: string;
  /** What is compared: two stated readings differ when their keys differ. */
  key: string;
}

/** A dimension as one report states it; undefined where the article does not state it. */
type Reader = (report: Report, context: ArticleContext) => Reading | undefined;

interface DimensionSpec {
  key: DimensionKey;
  /** The row's label; `reports` are the claim's, for a label that depends on what they count. */
  label: (figures: boolean, reports: readonly Report[]) => string;
  /** Whether the dimension applies to the report at all (who is counted applies only to counts of people). */
  applies: (report: Report, figures: boolean) => boolean;
  read: Reader;
  /** The noun for the summary's "the article gives … only for": "hours". */
  noun: string;
}

const isOwnVoice = (report: Report, context: ArticleContext) =>
  report.sourceIds.every((id) => context.sourcesById.get(id)?.kind === 'outlet');

const DIMENSIONS: DimensionSpec[] = [
  {
    key: 'kind',
    // A sum of money is not counted things: "What the sum is: asked for · pledged by Japan".
    label: (_, reports) => (isSums(reports) ? 'What the sum is' : 'What is counted'),
    applies: (report, figures) => figures && report.figure !== undefined,
    read: ({ figure }) => figure && { text: figure.counts, key: figure.kind },
    noun: 'what is counted',
  },
  {
    key: 'who',
    label: () => 'Who is counted',
    applies: (report, figures) => figures && report.figure !== undefined && countsPeople(report.figure.kind),
    read: ({ figure }) => figure?.who && { text: figure.who.words, key: figure.who.group ?? figure.who.words.toLowerCase() },
    noun: 'who is counted',
  },
  {
    key: 'window',
    label: (figures) => (figures ? 'Hours covered' : 'When said'),
    applies: () => true,
    read: ({ window }) => window && { text: window.label, key: window.words },
    noun: 'hours',
  },
  {
    key: 'place',
    label: () => 'Where',
    applies: () => true,
    read: ({ place }) => place && { text: place.words, key: place.placeId },
    noun: 'a place',
  },
  {
    key: 'qualifier',
    label: () => 'Kind of figure',
    applies: (report, figures) => figures && report.figure !== undefined,
    read: ({ figure }) =>
      figure && {
        text: isFloor(figure)
          ? `a count someone ${figure.recorded} (a floor)`
          : figure.qualifier === 'vague'
            ? `vague words (“${figureWords(figure)}”)`
            : QUALIFIER_LABELS[figure.qualifier],
        key: isFloor(figure) ? `floor:${figure.qualifier}` : figure.qualifier,
      },
    noun: 'the kind of figure',
  },
  {
    key: 'via',
    label: () => 'How it reached the article',
    applies: () => true,
    // The article's own voice has no chain: it is the article itself, not an unstated source.
    read: (report, context) =>
      report.via?.length
        ? { text: report.via.map((step) => step.words).join(' → '), key: report.via.map((s) => `${s.kind}:${s.to ?? ''}`).join('>') }
        : isOwnVoice(report, context)
          ? { text: 'the article itself', key: 'article' }
          : undefined,
    noun: 'a chain',
  },
];

/** The dimensions on which the reports differ, each with every report's value, in report order. */
export function whatDiffers(reports: readonly Report[], context: ArticleContext): DifferenceRow[] {
  if (reports.length < 2) return [];
  const figures = reports.some((r) => r.figure);
  const rows: DifferenceRow[] = [];
  for (const dimension of DIMENSIONS) {
    const applicable = reports.filter((report) => dimension.applies(report, figures));
    const readings = applicable.map((report) => ({ report, reading: dimension.read(report, context) }));
    const stated = readings.filter(({ reading }) => reading !== undefined);
    if (stated.length < 2 || new Set(stated.map(({ reading }) => reading!.key)).size < 2) continue;
    rows.push({
      key: dimension.key,
      label: dimension.label(figures, reports),
      values: readings.map(({ report, reading }) => ({ reportId: report.id, text: reading?.text ?? 'not stated', stated: reading !== undefined })),
      ...(dimension.key === 'who' && { note: whoNote(applicable) }),
    });
  }
  // One kind of figure described in different words: the words are shown, and Tally says it does not judge them.
  const described = describedDifferently(reports);
  if (described.length > 1 && !rows.some((row) => row.key === 'kind')) {
    rows.unshift({
      key: 'kind',
      label: DIMENSIONS[0]!.label(figures, reports),
      values: reports.map((report) => ({ reportId: report.id, text: report.figure?.counts ?? 'not stated', stated: report.figure !== undefined })),
      note: COUNTED_WORDS_NOTE,
    });
  }
  return rows.map(({ note, ...row }) => (note ? { ...row, note } : row));
}

/** Whether every figure among the reports is a sum of money (and there is one). */
function isSums(reports: readonly Report[]): boolean {
  const figured = figuredReports(reports);
  return figured.length > 0 && figured.every((r) => r.figure.kind === 'money');
}

/** The note under a "What is counted" row whose words differ for one kind of figure: the words, and no judgement. */
export const COUNTED_WORDS_NOTE = 'Described in different words. Tally does not judge whether they name the same thing.';

/** The reports whose description of what they count differs from another's of the same kind (`countedWordsDiffer`). */
function describedDifferently(reports: readonly Report[]): Report[] {
  const figured = figuredReports(reports);
  // A whole and its parts, and parts of one whole, are a breakdown: their words name different parts by design.
  const breakdown = (a: Report, b: Report) => a.partOf === b.id || b.partOf === a.id || (a.partOf !== undefined && a.partOf === b.partOf);
  return figured.filter((a) => figured.some((b) => b !== a && !breakdown(a, b) && compareCounts(a.figure, b.figure) === 'same' && countedWordsDiffer(a.figure, b.figure)));
}

/**
 * "they count things described differently: the election office’s “votes cast” and Observers’ “votes counted”":
 * each description quoted once, with the sources that use it. Sums of money are not counted things: "they describe
 * the sums differently: the council’s “to be spent on the footbridge” and …". Undefined when no two describe one
 * kind differently.
 */
function countedWordsNote(reports: readonly Report[], name: (r: Report) => string): string | undefined {
  const described = describedDifferently(reports);
  if (described.length < 2) return undefined;
  return `${isSums(described) ? 'they describe the sums differently' : 'they count things described differently'}: ${quoteDescriptions(described, name)}`;
}

/**
 * The descriptions of what reports count, each quoted once with the sources that use it: "SOHR’s “people killed”
 * and the town council’s “people who died”". Undefined when they use no two descriptions that differ.
 */
export function describedWords(reports: readonly Report[], name: (r: Report) => string): string | undefined {
  const described = describedDifferently(reports);
  return described.length < 2 ? undefined : quoteDescriptions(described, name);
}

function quoteDescriptions(described: readonly Report[], name: (r: Report) => string): string {
  const byWords = new Map<string, Report[]>();
  for (const r of described) byWords.set(r.figure!.counts, [...(byWords.get(r.figure!.counts) ?? []), r]);
  return listWords([...byWords].map(([words, rs]) => `${listWords(rs.map((r) => possessive(name(r))))} “${words}”`));
}

/**
 * How the stated places relate, in the article's words: "“Eastbridge” lies within “Marrow Valley”", and once for
 * all the places the article does not relate: "the article does not say how “A”, “B” and “C” relate". Where one
 * place's words contain another's ("the harbour front" in "from the harbour front to the city hall") the article
 * does relate them in some way Tally cannot name, so Tally says nothing about that pair.
 */
export function placeNotes(reports: readonly Report[], context: ArticleContext): string[] {
  const placed = [...new Map(reports.flatMap((r) => (r.place ? [[r.place.placeId, r.place] as const] : []))).values()];
  const name = (id: string) => context.placesById.get(id)?.name ?? id;
  const quote = (id: string) => `“${name(id)}”`;
  const notes: string[] = [];
  const silent: [string, string][] = [];
  for (const [i, a] of placed.entries()) {
    for (const b of placed.slice(i + 1)) {
      const relation = comparePlace(a, b, context.placesById);
      if (relation === 'inside') notes.push(`${quote(a.placeId)} lies within ${quote(b.placeId)}`);
      else if (relation === 'contains') notes.push(`${quote(b.placeId)} lies within ${quote(a.placeId)}`);
      else if (relation === 'unrelated' && !wordsOverlap(name(a.placeId), name(b.placeId))) silent.push([a.placeId, b.placeId]);
    }
  }
  return [...notes, ...silentPlaces(silent, quote)];
}

/** Whether one place's words hold the other's: the article then ties them together, though not by `within`. */
const wordsOverlap = (a: string, b: string) => {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x.includes(y) || y.includes(x);
};

/**
 * The pairs of places the article does not relate, said once: "how “A”, “B” and “C” relate" when no pair among
 * them is related; otherwise one clause per place, "how “A” relates to “B” or “C”".
 */
function silentPlaces(pairs: readonly [string, string][], quote: (id: string) => string): string[] {
  if (pairs.length === 0) return [];
  const ids = [...new Set(pairs.flat())];
  const has = (a: string, b: string) => pairs.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
  if (ids.every((a, i) => ids.slice(i + 1).every((b) => has(a, b)))) {
    return [`the article does not say how ${listWords(ids.map(quote))} relate`];
  }
  const left = [...pairs];
  const clauses: string[] = [];
  while (left.length > 0) {
    // The place silent against the most others takes them in one clause.
    const degree = (id: string) => left.filter((pair) => pair.includes(id)).length;
    const hub = [...new Set(left.flat())].sort((a, b) => degree(b) - degree(a))[0]!;
    const others = left.filter((pair) => pair.includes(hub)).map(([x, y]) => (x === hub ? y : x));
    clauses.push(others.length === 1 ? `how ${quote(hub)} and ${quote(others[0]!)} relate` : `how ${quote(hub)} relates to ${listWords(others.map(quote), 'or')}`);
    for (let i = left.length - 1; i >= 0; i--) if (left[i]!.includes(hub)) left.splice(i, 1);
  }
  return [`the article does not say ${listWords(clauses)}`];
}

/**
 * The hours as stated, each source's own words, and never that the hours themselves differ: different words
 * ("at its peak", "between noon and 3 p.m.") may name overlapping hours. Only Tally's clock reading of two
 * windows can show that they do not overlap, and then the sentence says the reading is Tally's.
 */
function hoursNote(reports: readonly Report[], name: (r: Report) => string): string | undefined {
  const timed = reports.filter((r) => r.window);
  if (new Set(timed.map((r) => r.window!.words)).size < 2) return undefined;
  const stated = `they give their hours in their own words: ${listWords(timed.map((r) => `${possessive(name(r))} “${r.window!.words}”`))}`;
  const apart: string[] = [];
  for (const [i, a] of timed.entries()) {
    for (const b of timed.slice(i + 1)) {
      if (compareWindow(a.window, b.window) === 'apart') apart.push(`${possessive(name(a))} and ${possessive(name(b))}`);
    }
  }
  return apart.length > 0 ? `${stated}; by Tally’s reading of them as clock times, ${listWords(apart)} do not overlap` : stated;
}

/** "civilians are among people", for each pair of stated groups where one lies among the other. */
function whoNote(reports: readonly Report[]): string | undefined {
  const whos = reports.flatMap((r) => (r.figure?.who ? [r.figure.who] : []));
  const notes = new Set<string>();
  for (const a of whos) for (const b of whos) if (compareWho(a, b) === 'inside') notes.add(`${a.words} are among ${b.words}`);
  return notes.size > 0 ? `${capitaliseFirst(listWords([...notes]))}: a part, not a different group.` : undefined;
}

const capitaliseFirst = (text: string) => (text ? text[0]!.toUpperCase() + text.slice(1) : text);

/**
 * Where only some reports state a dimension, in words: "hours only for Abu Jaafar’s count". Empty when every
 * report states it or none does.
 */
export function silences(reports: readonly Report[], context: ArticleContext): string[] {
  if (reports.length < 2) return [];
  const figures = reports.some((r) => r.figure);
  // Dimensions stated by the same reports are said together: "a time and a place only for …".
  const groups = new Map<string, { nouns: string[]; stating: Report[] }>();
  for (const dimension of DIMENSIONS) {
    if (dimension.key !== 'window' && dimension.key !== 'place') continue;
    const stating = reports.filter((r) => dimension.read(r, context) !== undefined);
    if (stating.length === 0 || stating.length === reports.length) continue;
    const noun = dimension.key === 'window' && !figures ? 'a time' : dimension.noun;
    const key = stating.map((r) => r.id).join(' ');
    const group = groups.get(key) ?? { nouns: [], stating };
    group.nouns.push(noun);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ nouns, stating }) => {
    const names = stating.map((r) => `${possessive(speakerName(r, context.sourcesById))} ${r.figure ? 'count' : 'account'}`);
    return `${listWords(nouns)} only for ${listWords(names)}`;
  });
}

const NUMBER_WORDS = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];

/**
 * The figures in a sentence or two: how many, their span, how their scopes nest, and what the article leaves
 * unstated. "Four figures, from “at least 27” to “91”, and the article’s own “dozens”. …"
 * Undefined when fewer than two reports give figures.
 */
export function summariseFigures(reports: readonly Report[], context: ArticleContext): string | undefined {
  const figured = figuredReports(reports);
  if (figured.length < 2) return undefined;
  const name = (r: Report) => speakerName(r, context.sourcesById);
  const currencies = [...new Set(figured.filter((r) => r.figure.kind === 'money').map((r) => r.figure.unit))];
  if (currencies.length > 1 && figured.every((r) => r.figure.kind === 'money')) {
    const count = NUMBER_WORDS[figured.length] ?? String(figured.length);
    return `${count} figures in ${NUMBER_WORDS[currencies.length]!.toLowerCase()} currencies (${listWords(currencies)}), which Tally does not convert: only figures in the same currency are compared.`;
  }
  const kinds = [...new Set(figured.map((r) => r.figure.kind))];
  if (kinds.some((a) => kinds.some((b) => compareKind(a, b) === 'apart'))) {
    return `These figures count different things: ${listWords([...new Set(figured.map((r) => r.figure.counts))])}.`;
  }

  const wholes = figured.filter((r) => figured.some((p) => p.partOf === r.id));
  if (wholes.length > 0 && figured.every((r) => wholes.includes(r) || r.partOf !== undefined)) {
    return wholes
      .map((whole) => {
        const parts = figured.filter((p) => p.partOf === whole.id);
        const verb = whole.sourceIds.length > 1 ? 'give' : 'gives';
        return `${name(whole)} ${verb} one total, “${figurePhrase(whole.figure)}”, and ${parts.length === 1 ? 'one part' : `${NUMBER_WORDS[parts.length]?.toLowerCase() ?? parts.length} parts`} of it: a breakdown, not a disagreement.`;
      })
      .join(' ');
  }

  const firm = figured.filter((r) => r.figure.qualifier !== 'vague').sort((a, b) => figureNumber(a.figure) - figureNumber(b.figure));
  const vague = figured.filter((r) => r.figure.qualifier === 'vague');
  const count = NUMBER_WORDS[figured.length] ?? String(figured.length);
  const span =
    firm.length >= 2 && figureNumber(firm[0]!.figure) !== figureNumber(firm.at(-1)!.figure)
      ? `, from “${figureWords(firm[0]!.figure)}” to “${figureWords(firm.at(-1)!.figure)}”`
      : firm.length >= 2
        ? `, all “${figureWords(firm[0]!.figure)}”`
        : '';
  const vagueWords = vague.map((r) => `${possessive(name(r))} “${figureWords(r.figure)}”`);
  const opening = `${count} figures${span}${vagueWords.length > 0 ? `${span ? ',' : ''} and ${listWords(vagueWords)}` : ''}.`;

  const notes: string[] = [];
  const who = whoNote(figured);
  if (who) notes.push(who.replace(/: a part, not a different group\.$/, ''));
  for (const r of figured) {
    if (isFloor(r.figure)) notes.push(`${possessive(name(r))} “${figureWords(r.figure)}” counts ${r.figure.counts}, a floor on the whole`);
  }
  const counted = countedWordsNote(figured, name);
  if (counted) notes.push(counted);
  const hours = hoursNote(figured, name);
  if (hours) notes.push(hours);
  notes.push(...placeNotes(figured, context));
  const silent = silences(figured, context);
  if (silent.length > 0) notes.push(`the article gives ${listWords(silent)}`);
  if (notes.length === 0) notes.push('they count the same thing');
  return `${opening} ${capitaliseFirst(notes.join('; '))}.`;
}
