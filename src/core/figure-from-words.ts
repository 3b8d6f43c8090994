// A first reading of a figure from the words an editor selected, to pre-fill the report form:
// "at least 27 civilians had been killed" → at-least 27, counting civilians killed. Only a suggestion:
// the editor sees every field and corrects it; nothing here is published unread.
import type { Figure, FigureKind, Qualifier } from './schema.ts';

/** What could be read; fields the words do not give are absent, for the editor to fill. */
export type FigureSuggestion = Partial<Figure> & { words: string };

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};

/**
 * Tally's reading of vague amounts, as a range (shown to readers as Tally's, never as the article's):
 * "dozens" is at least two dozen and fewer than a hundred. The form pre-fills it as a suggestion, labelled
 * as Tally's reading, for the editor to keep or change.
 */
export const VAGUE_RANGES: Record<string, [number, number]> = {
  'a handful': [3, 10],
  dozens: [24, 99],
  scores: [40, 99],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  'tens of thousands': [20000, 99999],
  'hundreds of thousands': [200000, 999999],
  millions: [2000000, 9999999],
};

/** "a few" and "several" before a round number: "a few thousand" is read as 2,000 to 5,000. */
const VAGUE_MULTIPLES: Record<string, [number, number]> = { 'a few': [2, 5], several: [3, 9] };
const ROUND: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1000, million: 1000000 };

const QUALIFIERS: [RegExp, Qualifier][] = [
  [/\b(at least|more than|over|no fewer than|no less than)\s+$/i, 'at-least'],
  [/\b(as many as|up to)\s+$/i, 'as-many-as'],
  [/\b(about|around|some|nearly|almost|approximately|roughly|an estimated|estimated)\s+$/i, 'about'],
];

/** The general kind of figure the words suggest, its unit, and the verb a reader's "counts" ends with. */
const KINDS: [RegExp, FigureKind, string, string][] = [
  [/\b(killed|dead|deaths?|died) (or|and) (wounded|injured)\b|\bcasualties\b/i, 'people-killed-or-injured', 'people', 'killed or wounded'],
  [/\b(killed|killing|dead|deaths?|died|lives)\b/i, 'people-killed', 'people', 'killed'],
  [/\b(wounded|injured|hurt)\b/i, 'people-injured', 'people', 'wounded'],
  [/\b(missing)\b/i, 'people-missing', 'people', 'missing'],
  [/\bair ?strikes?\b/i, 'events', 'air strikes', ''],
  [/\b(homes?|houses?)\b.*\bflooded\b/i, 'homes-flooded', 'homes', 'flooded'],
  [/\b(homes?|houses?)\b.*\b(destroyed|razed|flattened)\b/i, 'homes-destroyed', 'homes', 'destroyed'],
  [/\b(buildings?)\b.*\b(destroyed|razed|flattened)\b|\bdestroyed\b/i, 'buildings-destroyed', 'buildings', 'destroyed'],
  [/\b(residents|inhabitants|home to)\b/i, 'people-resident', 'people', ''],
  // Being there, in general words any gathering uses (a march, a vigil, a match, a meeting).
  [/\b(t(ook|aken|aking|akes?|ake) part|gather(ed|ing)|join(ed|ing)|turn(ed|ing)? out|turnout|attend(ed|ing|ance)?|present)\b/i, 'people-present', 'people', 'present'],
];

/**
 * The verb of a count one source made itself ("he had documented 54 deaths"): such a count is a floor on the
 * whole, not a rival total, so the form suggests it as `recorded` for the editor to keep or clear.
 */
const RECORDED = /\b(documented|recorded|registered|counted|confirmed|received|treated)\b/i;

/** Words that end the noun after a number: verbs and linking words ("27 civilians had been killed"). */
const NOUN_ENDS = /^(had|have|has|were|was|are|is|been|being|of|in|on|at|since|during|including|with|and|or|who|that|which|killed|dead|died|wounded|injured|targeted|destroyed|took|taken|taking|take|gathered|joined|turned|attended|marched|rallied)$/i;

const NUMBER =
  /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)|\b(tens of thousands|hundreds of thousands|a handful|dozens|scores|hundreds|thousands|millions|(?:a few|several) (?:dozen|hundred|thousand|million))\b|\b([a-z]+)\b/gi;

/** Nouns for people a gathering counts: only with one of these (or none) do "joined" or "took part" read as people present. */
const PEOPLE_NOUN = /^(people|persons|protesters|demonstrators|marchers|supporters|participants|spectators|fans|residents|workers|students|visitors|voters|women|men|children|mourners|worshippers|pilgrims)$/i;

interface Found {
  index: number;
  text: string;
  value?: number;
  vague?: [number, number];
}

function firstAmount(words: string): Found | undefined {
  for (const m of words.matchAll(NUMBER)) {
    const index = m.index;
    if (m[1]) return { index, text: m[1], value: Number(m[1].replaceAll(',', '')) };
    if (m[2]) {
      const key = m[2].toLowerCase().replace(/\s+/g, ' ');
      const [few, round] = [key.replace(/ \S+$/, ''), key.replace(/^.* /, '')];
      const range: [number, number] = VAGUE_RANGES[key] ?? [VAGUE_MULTIPLES[few]![0] * ROUND[round]!, VAGUE_MULTIPLES[few]![1] * ROUND[round]!];
      return { index, text: m[2], vague: range };
    }
    const word = m[3]!.toLowerCase();
    if (word in NUMBER_WORDS) return { index, text: m[3]!, value: NUMBER_WORDS[word]! };
  }
  return undefined;
}

/** Reads a figure from selected words; undefined when they hold no amount. */
export function figureFromWords(selected: string): FigureSuggestion | undefined {
  const amount = firstAmount(selected);
  if (!amount) return undefined;
  const before = selected.slice(0, amount.index);
  const after = selected.slice(amount.index + amount.text.length);

  const qualifierMatch = QUALIFIERS.map(([re, q]) => [re.exec(before), q] as const).find(([m]) => m);
  const qualifier: Qualifier = amount.vague ? 'vague' : (qualifierMatch?.[1] ?? 'exact');
  const words = `${qualifierMatch?.[0]?.[0] ?? ''}${amount.text}`.trim();

  // The noun counted: the words after the amount, up to a verb or a linking word ("other" is skipped).
  const nounWords: string[] = [];
  for (const word of after.trim().split(/\s+/)) {
    const bare = word.replace(/[^\p{L}\p{N}'’-]/gu, '');
    if (/^(other|more)$/i.test(bare) || (nounWords.length === 0 && /^of$/i.test(bare))) continue;
    if (!bare || NOUN_ENDS.test(bare) || nounWords.length === 2) break;
    nounWords.push(bare);
    if (bare !== word) break;
  }
  const noun = nounWords.join(' ');

  // Presence words ("joined") say people were there only when what is counted is people, or unnamed.
  const measure = KINDS.find(([re, kind]) => re.test(selected) && (kind !== 'people-present' || !noun || PEOPLE_NOUN.test(noun)));
  // Only a noun that names people says who is counted: "54 deaths" counts deaths and leaves who unstated.
  const group = /^civilians?$/i.test(noun) ? 'civilians' : /^(people|persons)$/i.test(noun) ? 'people' : /^(women|children|residents|protesters|soldiers|police|voters|patients)$/i.test(noun) ? (noun.toLowerCase() as 'women') : undefined;
  const recorded = RECORDED.exec(before)?.[1]?.toLowerCase();
  const verb = recorded ?? (measure && !new RegExp(`\\b${measure[3]}\\b`, 'i').test(noun) && !/^deaths$/i.test(noun) ? measure[3] : '');
  // With no noun ("“a few thousand” had turned out"), what is counted is the kind's unit: "people present".
  const counts = [noun || (verb && measure?.[2]), verb].filter(Boolean).join(' ');
  // With no kind read, the noun counted is the unit ("18,000 ships" counts ships); the editor may change it.
  const unit = measure?.[2] ?? (noun && !/^of$/i.test(noun) ? noun : undefined);

  return {
    words,
    qualifier,
    ...(amount.value !== undefined && { value: amount.value }),
    ...(amount.vague && { low: amount.vague[0], high: amount.vague[1] }),
    ...(measure && { kind: measure[1] }),
    ...(unit && { unit }),
    ...(counts && { counts }),
    ...(group && noun && { who: { words: noun, group } }),
    ...(recorded && { recorded }),
  };
}
