// "What differs": the dimensions on which a claim's reports part ways, computed from the data, and a
// one-sentence summary of the spread. Dimensions on which every report agrees are left out.
import { countsPeople } from './compare-scopes.ts';
import { figureNumber, figureWords } from './figure-bounds.ts';
import type { Qualifier, Report } from './schema.ts';

export type DimensionKey = 'who' | 'window' | 'place' | 'qualifier' | 'measure' | 'via';

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
}

export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: 'an exact count',
  'at-least': 'a minimum (“at least”)',
  'as-many-as': 'a maximum (“as many as”)',
  about: 'an estimate (“about”)',
  vague: 'vague words',
};

const NOT_STATED = { text: 'not stated', stated: false, key: '∅' } as const;

interface Reading {
  text: string;
  stated: boolean;
  /** What is compared: two reports differ on a dimension when their keys differ. */
  key: string;
}

type Reader = (report: Report) => Reading | undefined;

const DIMENSIONS: { key: DimensionKey; label: string; figuresOnly: boolean; read: Reader }[] = [
  {
    key: 'measure',
    label: 'What is counted',
    figuresOnly: true,
    read: ({ figure }) => figure && { text: figure.counts, stated: true, key: figure.measure },
  },
  {
    key: 'who',
    label: 'Who is counted',
    figuresOnly: true,
    read: ({ figure }) => {
      if (!figure || !countsPeople(figure.measure)) return undefined;
      if (!figure.who) return NOT_STATED;
      return { text: figure.who.group === 'civilians' ? 'civilians only' : 'everyone', stated: true, key: figure.who.group };
    },
  },
  {
    key: 'window',
    label: 'Hours covered',
    figuresOnly: false,
    read: ({ window }) => (window ? { text: window.label, stated: true, key: window.words } : NOT_STATED),
  },
  {
    key: 'place',
    label: 'Where',
    figuresOnly: false,
    read: ({ place }) => (place ? { text: place.words, stated: true, key: place.words } : NOT_STATED),
  },
  {
    key: 'qualifier',
    label: 'Kind of figure',
    figuresOnly: true,
    read: ({ figure }) => figure && { text: QUALIFIER_LABELS[figure.qualifier], stated: true, key: figure.qualifier },
  },
  {
    key: 'via',
    label: 'How it reached the article',
    figuresOnly: false,
    read: ({ via }) =>
      via?.length ? { text: via.map((step) => step.words).join(' → '), stated: true, key: via.map((s) => `${s.kind}:${s.to ?? ''}`).join('>') } : NOT_STATED,
  },
];

/** The dimensions on which the reports differ, each with every report's value, in report order. */
export function whatDiffers(reports: readonly Report[]): DifferenceRow[] {
  if (reports.length < 2) return [];
  const hasFigures = reports.some((r) => r.figure);
  const rows: DifferenceRow[] = [];
  for (const dimension of DIMENSIONS) {
    if (dimension.figuresOnly && !hasFigures) continue;
    const readings = reports.map((report) => ({ report, reading: dimension.read(report) }));
    if (readings.some(({ reading }) => reading === undefined)) continue;
    const keys = new Set(readings.map(({ reading }) => reading!.key));
    if (keys.size < 2) continue;
    rows.push({
      key: dimension.key,
      label: dimension.label,
      values: readings.map(({ report, reading }) => ({ reportId: report.id, text: reading!.text, stated: reading!.stated })),
    });
  }
  return rows;
}

/**
 * "Reports range from at least 27 to 91, 3.4 times apart; they count different people over different hours."
 * Undefined when fewer than two reports give a figure of one measure.
 */
export function rangeSummary(reports: readonly Report[]): string | undefined {
  const figured = reports.filter((r) => r.figure);
  const measures = new Set(figured.map((r) => r.figure!.measure));
  if (figured.length < 2 || measures.size > 1) return undefined;
  const sorted = [...figured].sort((a, b) => figureNumber(a.figure!) - figureNumber(b.figure!));
  const low = sorted[0]!.figure!;
  const high = sorted.at(-1)!.figure!;
  const [lowNumber, highNumber] = [figureNumber(low), figureNumber(high)];

  const differing = new Set(whatDiffers(figured).map((row) => row.key));
  const counts = [
    differing.has('who') ? 'different people' : 'the same people',
    differing.has('window') ? 'over different hours' : '',
    differing.has('place') ? 'in different places' : '',
  ].filter(Boolean);
  const scope = differing.has('who') || differing.has('window') || differing.has('place') ? `they count ${counts.join(' ')}` : 'they count the same thing';

  if (lowNumber === highNumber) return `Reports agree on ${figureWords(high)}; ${scope}.`;
  const apart =
    lowNumber > 0 && low.qualifier !== 'vague' && high.qualifier !== 'vague'
      ? `, ${(highNumber / lowNumber).toFixed(1)} times apart`
      : '';
  return `Reports range from ${figureWords(low)} to ${figureWords(high)}${apart}; ${scope}.`;
}
