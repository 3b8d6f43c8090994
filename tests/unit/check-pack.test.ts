// One test per kind of problem `tally check` and the build report, each message asserted.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  checkPackJson,
  checkPacks,
  checkPackText,
  formatProblem,
  formatProblems,
  type PackProblem,
} from '../../src/core/check-pack.ts';
import { bodyText } from '../../src/core/article-text.ts';
import { newPack, splitArticleText, suggestId } from '../../src/core/new-pack.ts';
import { aleppoJson, seedText } from '../fixtures/aleppo.ts';

const options = { sha256: (text: string) => createHash('sha256').update(text, 'utf8').digest('hex') };
const FILE = 'public/data/articles/aleppo-2016-09-23.json';

type Json = ReturnType<typeof aleppoJson>;
type ReportJson = { id: string; sourceIds: string[]; quote: { exact: string; prefix?: string; suffix?: string }; figure?: { words: string; qualifier?: string }; place?: Record<string, unknown> };
const reportsOf = (json: Json, claim: number) => (json.claims[claim] as { reports: ReportJson[] }).reports;

function problems(edit: (json: Json) => void, file = FILE): PackProblem[] {
  const json = aleppoJson();
  edit(json);
  return checkPackJson(file, json, options).problems;
}

/** The one error an edit causes, as the CLI prints it. */
function onlyProblem(edit: (json: Json) => void, file = FILE): string {
  const found = problems(edit, file).filter((p) => p.severity === 'error');
  expect(found).toHaveLength(1);
  return formatProblem(found[0]!);
}

describe('checkPack', () => {
  it('passes the published seed with no problems at all', () => {
    const result = checkPackJson(FILE, aleppoJson(), options);
    expect(result.problems).toEqual([]);
    expect(result.packs.map((p) => p.article.id)).toEqual(['aleppo-2016-09-23']);
  });

  it('not JSON: says so, with the parser’s reason', () => {
    const { problems: found } = checkPackText({ file: FILE, text: '{"article": ' }, options);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/^the file is not valid JSON \(/);
    expect(found[0]!.fix).toContain('missing comma, quote or bracket');
  });

  it('schema: names the path, what was expected and what was found', () => {
    expect(onlyProblem((json) => (json.article.published = '23/09/2016'))).toBe(
      `${FILE}: error (at article.published): expected a date such as "2016-09-23", received "23/09/2016"\n` +
        '  Fix: Correct the value as described; docs/pack-format.md describes every field.',
    );
  });

  it('version: a pack without the format’s version', () => {
    expect(onlyProblem((json) => delete json.version)).toContain('error (at version): expected the field "version", received nothing');
  });

  it('origin: a web address that is not one', () => {
    expect(onlyProblem((json) => ((json.article.origin as { url: string }).url = 'rferl.org/story'))).toContain(
      'error (at article.origin.url): expected a full web address such as "https://www.example.org/news/story.html", received "rferl.org/story"',
    );
  });

  it('schema inside a claim: names the claim and report as well as the path', () => {
    expect(onlyProblem((json) => (reportsOf(json, 0)[2]!.figure!.qualifier = 'roughly'))).toMatch(
      /^public\/data\/articles\/aleppo-2016-09-23\.json: error \(claim "death-toll", report "hospital", at claims\[0\]\.reports\[2\]\.figure\.qualifier\): expected \("exact" \| "at-least"/,
    );
  });

  it('id and file name: says both and how to make them agree', () => {
    expect(onlyProblem(() => {}, 'public/data/articles/aleppo.json')).toBe(
      'public/data/articles/aleppo.json: error (at article.id): the article\'s id is "aleppo-2016-09-23" but the file is named "aleppo.json"\n' +
        '  Fix: Rename the file to "aleppo-2016-09-23.json", or set article.id to "aleppo": the id is the article\'s address on the site.',
    );
  });

  it('a reserved article id: says which ids Tally keeps', () => {
    const found = problems((json) => (json.article.id = 'sources'), 'public/data/articles/sources.json');
    expect(found.map((p) => p.message)).toEqual([
      'expected an article id other than "sources", "data", "schema", "previews", "assets", which Tally keeps for its own pages and files, received "sources"',
    ]);
  });

  it('fingerprint: a text edited under its quotes', () => {
    const found = problems((json) => ((json.article.blocks as { text: string }[])[1]!.text += ' Edited.'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', path: 'article.origin.textSha256' });
    expect(found[0]!.message).toMatch(/^the text's fingerprint does not match: the blocks' text has SHA-256 [0-9a-f]{64}$/);
    expect(found[0]!.fix).toMatch(/^If the text was corrected on purpose, check that every quote still says what its source said, then set textSha256 to "[0-9a-f]{64}"\.$/);
  });

  it('duplicate source ids: every place they occur', () => {
    const found = problems((json) => (json.sources[1]!.id = 'sohr'));
    expect(found.filter((p) => p.severity === 'error').map((p) => `${p.path}: ${p.message}`)).toEqual([
      'sources[0].id: the source id "sohr" is used by more than one source',
      'sources[1].id: the source id "sohr" is used by more than one source',
      'claims[0].reports[1].sourceIds[0]: the report names the source "abu-jaafar", which is not in "sources"',
      // Abu Jaafar and SOHR's joint report, too.
      ...found.filter((p) => p.path.endsWith('sourceIds[0]') && p.path !== 'claims[0].reports[1].sourceIds[0]').map((p) => `${p.path}: ${p.message}`),
    ]);
  });

  it('duplicate claim ids', () => {
    const found = problems((json) => (json.claims[1]!.id = 'death-toll'));
    expect(found.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'claims[0].id: the claim id "death-toll" is used by more than one claim',
      'claims[1].id: the claim id "death-toll" is used by more than one claim',
    ]);
  });

  it('duplicate report ids within a claim', () => {
    const found = problems((json) => (reportsOf(json, 0)[1]!.id = 'sohr'));
    expect(found.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'claims[0].reports[0].id: the report id "sohr" is used by more than one report of this claim',
      'claims[0].reports[1].id: the report id "sohr" is used by more than one report of this claim',
    ]);
  });

  it('an unknown source: names it and lists the ids that exist', () => {
    const text = onlyProblem((json) => (reportsOf(json, 0)[2]!.sourceIds = ['nobody']));
    expect(text).toContain('error (claim "death-toll", report "hospital", at claims[0].reports[2].sourceIds[0]): the report names the source "nobody", which is not in "sources"');
    expect(text).toContain('Fix: Use one of the sources\' ids ("sohr", "abu-jaafar", "al-khatib"');
    expect(text).toContain('or add a source with the id "nobody".');
  });

  it('a quote not in the text', () => {
    expect(onlyProblem((json) => (reportsOf(json, 0)[2]!.quote.exact = '91 people were killed'))).toContain(
      'error (claim "death-toll", report "hospital", at claims[0].reports[2].quote): its quote does not occur in the article text: "91 people were killed"\n' +
        '  Fix: Copy the quote from the article text word for word',
    );
  });

  it('an ambiguous quote: asks for a prefix or suffix', () => {
    const found = problems((json) => {
      const report = reportsOf(json, 0)[2]!;
      report.quote.exact = 'killed';
      delete report.figure;
    });
    expect(found.map(formatProblem)).toEqual([
      `${FILE}: error (claim "death-toll", report "hospital", at claims[0].reports[2].quote): its quote occurs 3 times and its prefix and suffix do not say which is meant: "killed"\n` +
        '  Fix: Add a "prefix" (the words just before the quote) or a "suffix" (the words just after), long enough that only one place in the text fits.',
    ]);
  });

  it('a prefix that never fits', () => {
    expect(onlyProblem((json) => (reportsOf(json, 0)[2]!.quote.prefix = 'nobody said that '))).toContain(
      'its quote occurs once, but never with the stated prefix and suffix: "91 people had been killed"\n  Fix: Correct the "prefix" and "suffix"',
    );
  });

  it('a figure whose words are not inside its quote', () => {
    expect(onlyProblem((json) => (reportsOf(json, 0)[2]!.figure!.words = '92'))).toBe(
      `${FILE}: error (claim "death-toll", report "hospital", at claims[0].reports[2].figure.words): the figure's words "92" are not inside the report's quote "91 people had been killed"\n` +
        "  Fix: Copy the figure's words exactly as they appear in the quote, or widen the quote to include them.",
    );
  });

  it('places: an unknown place, a place within an unknown one, and a repeated id', () => {
    const found = problems((json) => {
      const places = json.places as { id: string }[];
      const first = places[0]!.id;
      places.push({ id: first, name: 'The same id again' } as never, { id: 'a-village', name: 'A village', within: ['nowhere'] } as never);
      reportsOf(json, 0)[2]!.place = { words: 'eastern Aleppo', placeId: 'somewhere-else' };
    });
    const count = (aleppoJson().places as unknown[]).length;
    expect(found.map((p) => `${p.path}: ${p.message}`)).toEqual([
      `places[0].id: the place id "aleppo-province" is used by more than one place`,
      `places[${count}].id: the place id "aleppo-province" is used by more than one place`,
      `places[${count + 1}].within[0]: the place "a-village" lies within "nowhere", which is not in "places"`,
      'claims[0].reports[2].place.placeId: the report names the place "somewhere-else", which is not in "places"',
    ]);
  });

  it('warnings apart from errors: no $schema link, a source nobody cites', () => {
    const found = problems((json) => {
      delete json.$schema;
      json.sources.push({ id: 'bystander', name: 'A bystander', shortName: 'Bystander', kind: 'person' });
    });
    expect(found.map((p) => `${p.severity} ${p.path}: ${p.message}`)).toEqual([
      'warning $schema: the pack has no "$schema" link, so editors cannot check it as it is typed',
      `warning sources[${aleppoJson().sources.length}]: the source "bystander" is not named by any report`,
    ]);
    expect(checkPackJson(FILE, aleppoJson(), options).packs).toHaveLength(1);
  });

  it('finds every problem of the file at once, never only the first', () => {
    const found = problems((json) => {
      json.article.title = '';
      reportsOf(json, 0)[2]!.sourceIds = ['nobody'];
      reportsOf(json, 1)[0]!.quote.exact = 'not in the text';
    });
    expect(found.filter((p) => p.severity === 'error').map((p) => p.path)).toEqual([
      'article.title',
      'claims[0].reports[2].sourceIds[0]',
      'claims[1].reports[0].quote',
    ]);
  });
});

describe('checkPacks across packs', () => {
  const other = () => {
    const json = aleppoJson();
    json.article.id = 'other-article';
    return json;
  };

  it('warns when two packs describe one shared source differently', () => {
    const second = other();
    second.sources[0]!.name = 'The Syrian Observatory';
    const { problems: found } = checkPacks(
      [
        { file: FILE, text: JSON.stringify(aleppoJson()) },
        { file: 'public/data/articles/other-article.json', text: JSON.stringify(second) },
      ],
      options,
    );
    expect(found.map(formatProblem)).toEqual([
      'public/data/articles/other-article.json: warning (at sources[0].name): the shared source "syrian-observatory-for-human-rights" has name "The Syrian Observatory" here but "Syrian Observatory for Human Rights" in public/data/articles/aleppo-2016-09-23.json\n' +
        '  Fix: Describe the source alike in both packs, or give one of them another sharedId if they are different sources.',
    ]);
  });

  it('lists every problem of every pack, errors first, with a count', () => {
    const broken = other();
    reportsOf(broken, 0)[2]!.figure!.words = '92';
    const { problems: found } = checkPacks(
      [
        { file: 'a/other-article.json', text: JSON.stringify(broken) },
        { file: 'b/broken.json', text: '[' },
      ],
      options,
    );
    const report = formatProblems(found, 2);
    expect(report).toContain('a/other-article.json: error (claim "death-toll", report "hospital"');
    expect(report).toContain('b/broken.json: error: the file is not valid JSON');
    expect(report.split('\n').at(-1)).toBe('2 packs checked: 2 errors, 0 warnings.');
  });
});

describe('a new pack', () => {
  it('takes the title from the first line and a paragraph from each run of lines', () => {
    expect(splitArticleText('\nA title\n\nFirst line\nsame paragraph.\n\n\nSecond.\n')).toEqual({
      title: 'A title',
      blocks: [
        { kind: 'paragraph', text: 'First line same paragraph.' },
        { kind: 'paragraph', text: 'Second.' },
      ],
    });
  });

  it('passes the checks as it is, fingerprint included', () => {
    const pack = newPack(seedText, { id: 'a-new-article', outlet: 'RFE/RL', published: '2016-09-23', url: 'https://example.org/a', retrieved: '2026-11-26' }, options.sha256);
    const { problems: found } = checkPackJson('public/data/articles/a-new-article.json', pack, options);
    expect(found).toEqual([]);
    const { article } = pack as { article: { blocks: { text: string }[]; origin: { textSha256: string } } };
    expect(article.origin.textSha256).toBe(options.sha256(bodyText(article.blocks as never).text));
  });

  it('suggests an id from the title and date', () => {
    expect(suggestId('U.S., Russia Fail On Syrian Truce As Dozens Killed', '2016-09-23')).toBe('u-s-russia-fail-on-2016-09-23');
  });
});
