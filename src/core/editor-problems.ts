// The checks' problems as the Studio tells them to an editor: each place in the pack named by the field that
// holds it, in the form's words ("The article's web address"), never by its path in the data, and the
// checks' few technical phrasings said plainly. The one owner of that mapping; the CLI keeps the paths.
import type { DataProblem } from './data-problems.ts';

/** What the names of a pack's parts are read from: enough of the draft to name a source, a claim or a place. */
export interface NamedParts {
  sources?: readonly { name: string }[];
  claims?: readonly { title: string; reports: readonly unknown[] }[];
  places?: readonly { name: string }[];
}

const ARTICLE_FIELDS: Record<string, string> = {
  'article.id': 'The article id',
  'article.title': 'The article’s title',
  'article.outlet': 'The outlet',
  'article.published': 'The date published',
  'article.credit': 'The byline',
  'article.blocks': 'The article’s text',
  'article.origin.url': 'The article’s web address',
  'article.origin.retrieved': 'The date retrieved',
  'article.origin.language': 'The language',
  'article.origin.archiveUrl': 'The archive copy’s address',
  'article.origin.textSha256': 'The text’s fingerprint',
};

/** A report's fields, by the labels of the report form. */
const REPORT_FIELDS: [RegExp, string][] = [
  [/^figure\.words/, 'words of the figure'],
  [/^figure\.value/, 'value'],
  [/^figure\.low/, 'Tally’s reading: from'],
  [/^figure\.high/, 'Tally’s reading: to'],
  [/^figure\.kind/, 'kind of figure'],
  [/^figure\.unit/, 'unit'],
  [/^figure\.counts/, 'what it counts'],
  [/^figure\.who/, 'who is counted'],
  [/^figure\.recorded/, 'recorded by the source'],
  [/^figure$/, 'figure'],
  [/^quote/, 'quote'],
  [/^sourceIds/, 'sources'],
  [/^window\.label/, 'hours, label for readers'],
  [/^window\.from/, 'hours, Tally’s reading from'],
  [/^window\.to/, 'hours, Tally’s reading to'],
  [/^window/, 'hours'],
  [/^place/, 'place'],
  [/^partOf/, 'part of another report’s total'],
  [/^id$/, 'report id'],
];

const CLAIM_FIELDS: Record<string, string> = { title: 'claim title', question: 'question', id: 'claim id', kind: 'kind' };
const SOURCE_FIELDS: Record<string, string> = { name: 'name', shortName: 'short name', description: 'who they are', aliases: 'other names', kind: 'kind' };

/** Whether a problem is the article's own (its details), not a claim's or a source's. */
export function isArticleProblem(problem: DataProblem): boolean {
  return problem.path === 'article' || problem.path.startsWith('article.');
}

/** The field a problem's path points at, as the Studio labels it: "The article’s web address", "Report 2, unit". */
export function fieldName(path: string, parts: NamedParts = {}): string {
  if (!path) return 'The pack';
  for (const [prefix, label] of Object.entries(ARTICLE_FIELDS)) if (path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`)) return label;
  if (path.startsWith('article')) return 'The article’s details';
  if (path === 'claims') return 'The claims';
  const source = /^sources\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (source) {
    const name = parts.sources?.[Number(source[1])]?.name;
    const who = name ? `Source “${name}”` : `Source ${Number(source[1]) + 1}`;
    return source[2] ? `${who}, ${SOURCE_FIELDS[source[2]] ?? source[2]}` : who;
  }
  const place = /^places\[(\d+)\]/.exec(path);
  if (place) {
    const name = parts.places?.[Number(place[1])]?.name;
    return name ? `The place “${name}”` : `Place ${Number(place[1]) + 1}`;
  }
  const claim = /^claims\[(\d+)\](?:\.reports\[(\d+)\])?(?:\.(.+))?$/.exec(path);
  if (claim) {
    const title = parts.claims?.[Number(claim[1])]?.title;
    const named = title ? `Claim “${title}”` : 'The claim';
    const rest = claim[3] ?? '';
    if (claim[2] !== undefined) {
      const step = /^via\[(\d+)\]/.exec(rest);
      const field = step ? `chain step ${Number(step[1]) + 1}` : REPORT_FIELDS.find(([re]) => re.test(rest))?.[1];
      return `${named}, report ${Number(claim[2]) + 1}${field ? `, ${field}` : ''}`;
    }
    return rest ? `${named}, ${CLAIM_FIELDS[rest] ?? 'reports'}` : named;
  }
  return 'The pack';
}

/** A problem's reason in plain words: the checks' rules, without the data's names for its fields. */
export function editorMessage(problem: DataProblem): string {
  const { path, message } = problem;
  if (path === 'article.origin.url' && /received (an empty text|nothing)$/.test(message)) {
    return 'still empty. Give the address the article was read at, such as “https://www.example.org/news/story.html”: Tally’s exports (web annotations, the research table) point to it. No address? Use its online edition’s, or an archive copy’s.';
  }
  if (/a "value", or for vague words a "low" and "high"/.test(message)) {
    return 'give the number as “Value”; for vague words (“a few thousand”), give Tally’s reading of them as a range, “from” no more than “to”.';
  }
  if (/^expected a non-empty text, received (an empty text|nothing)$/.test(message)) return 'still empty: fill it in.';
  // A rule of our own wording, found on a whole object: "received an object" says nothing an editor can use.
  return message.replace(/, received (an object|a list)$/, '');
}

/** One problem for an editor: the field, then the reason. */
export function describeForEditor(problem: DataProblem, parts: NamedParts = {}): string {
  return `${fieldName(problem.path, parts)}: ${editorMessage(problem)}`;
}
