// The shape of Tally's data files, and the one place its TypeScript types come from.
// Everything fetched is checked against these schemas before the app uses it.
import * as v from 'valibot';
import { SlugSchema, SourceKindSchema } from './slugs-and-kinds.ts';
import { RESERVED_ARTICLE_IDS, SOURCES_SEGMENT } from './url-state.ts';

// Defined apart so that the library's pages can check their files without loading every schema.
export { SlugSchema, SourceKindSchema } from './slugs-and-kinds.ts';

const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('a non-empty text'));


const IsoDateSchema = v.pipe(v.string(), v.isoDate('a date such as "2016-09-23"'));
const IsoDateTimeSchema = v.pipe(v.string(), v.isoDateTime('a date and time such as "2016-09-23T06:00"'));

/** W3C Web Annotation TextQuoteSelector: the exact words, with just enough context to make them unique. */
export const TextQuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.nonEmpty('a non-empty quote')),
  prefix: v.optional(v.string()),
  suffix: v.optional(v.string()),
});

/** A run of the article's body: paragraphs, and the caption left where the original page had a video. */
export const BlockSchema = v.variant('kind', [
  v.object({ kind: v.literal('paragraph'), text: Text }),
  v.object({ kind: v.literal('video-caption'), text: Text }),
]);

/** The one version of the pack format so far; a later format that cannot be read the same way takes the next. */
export const PACK_VERSION = 1;

/** Where the pack's JSON Schema is served, relative to the site's root: what a pack's `$schema` points at. */
export const PACK_SCHEMA_PATH = 'schema/pack-v1.json';

const WebAddressSchema = v.pipe(
  v.string(),
  v.regex(/^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/, 'a full web address such as "https://www.example.org/news/story.html"'),
);

/**
 * Where the article's text came from. `textSha256` fingerprints the text as Tally anchors in it (the blocks
 * joined by a blank line), so that a later tool can tell when the text was edited under its quotes.
 */
export const OriginSchema = v.object({
  /** The original web address of the article. */
  url: WebAddressSchema,
  /** The day the text was taken from that address. */
  retrieved: IsoDateSchema,
  /** A copy kept by an archive, such as the Wayback Machine. */
  archiveUrl: v.optional(WebAddressSchema),
  /** The text's language, as a BCP 47 tag such as "en" or "pt-BR". */
  language: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a language tag such as "en" or "pt-BR"'))),
  textSha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'a SHA-256 fingerprint: 64 lower-case hexadecimal digits')),
});

/** Article ids are the first segment of the article's URL, beside the site's own folders. */
const ArticleIdSchema = v.pipe(
  SlugSchema,
  v.check((id) => !RESERVED_ARTICLE_IDS.includes(id), `an article id other than ${RESERVED_ARTICLE_IDS.map((id) => `"${id}"`).join(', ')}, which Tally keeps for its own pages and files`),
);

export const ArticleSchema = v.object({
  id: ArticleIdSchema,
  title: Text,
  outlet: v.object({ name: Text, fullName: v.optional(Text) }),
  published: IsoDateSchema,
  /** The agencies credited at the foot of the article. */
  credit: v.optional(Text),
  blocks: v.pipe(v.array(BlockSchema), v.minLength(1, 'at least one block of text')),
  origin: OriginSchema,
});

export const SourceSchema = v.object({
  id: SlugSchema,
  name: Text,
  shortName: Text,
  kind: SourceKindSchema,
  /** Who the source is, in the article's own words; absent when the article does not say. */
  description: v.optional(Text),
  /** Other spellings the article uses for the same source. */
  aliases: v.optional(v.array(Text)),
  /**
   * The source's identity across the whole site, so that its reports in different articles are joined on
   * one page (`/sources/{sharedId}/`). Packs that share it should describe the source alike.
   */
  sharedId: v.optional(SlugSchema),
  /** The source's Wikidata item, such as "Q42", when it has one. */
  wikidata: v.optional(v.pipe(v.string(), v.regex(/^Q[1-9][0-9]*$/, 'a Wikidata item id such as "Q42"'))),
});

/**
 * How the figure's words bound the number. `may-have` ("may have killed 30") states a possibility, not a count.
 * Vague words ("dozens", "several") keep their words; the range read into them is Tally's.
 */
export const QualifierSchema = v.picklist(['exact', 'at-least', 'as-many-as', 'about', 'vague', 'may-have']);

/**
 * What a figure counts, as a general kind that fits any subject. The article's own words for it are in
 * `counts` and `who`; the kind only says which figures can be compared and which hold others.
 */
export const FigureKindSchema = v.picklist([
  'people-killed',
  'people-injured',
  'people-killed-or-injured',
  'people-missing',
  'people-displaced',
  'people-detained',
  'people-present',
  'people-resident',
  'homes-destroyed',
  'homes-damaged',
  'homes-flooded',
  'buildings-destroyed',
  'buildings-damaged',
  'money',
  'votes',
  'events',
  'other',
]);

/** Groups of people a figure may name; Tally knows which lie among which (compare-scopes.ts). */
export const GroupSchema = v.picklist([
  'people',
  'civilians',
  'women',
  'children',
  'elderly',
  'men',
  'residents',
  'protesters',
  'fighters',
  'soldiers',
  'police',
  'voters',
  'patients',
]);

/** A number as a source gave it. `words` is the article's phrasing; the rest is how Tally reads it. */
export const FigureSchema = v.pipe(
  v.object({
    words: Text,
    qualifier: QualifierSchema,
    value: v.optional(v.pipe(v.number(), v.minValue(0))),
    /** For vague words ("dozens"): the range Tally reads into them, always shown as Tally's reading. */
    low: v.optional(v.pipe(v.number(), v.minValue(0))),
    high: v.optional(v.pipe(v.number(), v.minValue(0))),
    /** The general kind of thing counted (Tally's reading). */
    kind: FigureKindSchema,
    /** What one of it is: "people", "homes", "air strikes", "votes"; for money, the ISO 4217 currency code. */
    unit: Text,
    /** What the figure counts, in a reader's words close to the article's: "civilians killed", "homes flooded". */
    counts: Text,
    /** Who is counted, in the article's words, with the group Tally reads them as; absent when not stated. */
    who: v.optional(v.object({ words: Text, group: v.optional(GroupSchema) })),
    /**
     * The article's verb when the figure is what one source documented, received, recorded or confirmed
     * ("documented"): such a count is a floor on the whole, not a rival total.
     */
    recorded: v.optional(Text),
  }),
  v.check(
    (figure) =>
      figure.qualifier === 'vague'
        ? figure.low !== undefined && figure.high !== undefined && figure.low <= figure.high
        : figure.value !== undefined,
    'a "value", or for vague words a "low" and "high" with low <= high',
  ),
  v.check(
    (figure) => figure.kind !== 'money' || /^[A-Z]{3}$/.test(figure.unit),
    'for money, a "unit" that is a three-letter currency code such as "USD"',
  ),
);

/**
 * The hours a report covers (or, for a statement, when it was said), as the article states them.
 * A window may be open on one side: "since late on 22 Sept" has only `from`, "by the morning of 4 March" only `to`.
 */
export const TimeWindowSchema = v.object({
  words: Text,
  label: Text,
  /** Tally's reading of the words as clock times, for drawing and comparing. */
  from: v.optional(IsoDateTimeSchema),
  to: v.optional(IsoDateTimeSchema),
});

/** A place the article names, once per article; reports point at it by id. */
export const PlaceSchema = v.object({
  id: SlugSchema,
  /** The place's name in the article's words. */
  name: Text,
  /** Absent when the article does not say what kind of place it is. */
  level: v.optional(v.picklist(['facility', 'village', 'town', 'city-part', 'city', 'district', 'province', 'region', 'country'])),
  /** Ids of the places the article puts this one in. Where the article relates two places no other way, their relation is not stated. */
  within: v.optional(v.array(SlugSchema)),
});

/** Where a report's figure or statement applies: the article's words, and the place record they name. */
export const ReportPlaceSchema = v.object({
  words: Text,
  placeId: SlugSchema,
});

/** One step by which a report reached the article: "told Reuters", "according to state media". */
export const ChainStepSchema = v.object({
  words: Text,
  kind: v.picklist(['said', 'reported', 'told', 'according-to']),
  /** Whom the source told, when the article says ("Reuters"). */
  to: v.optional(Text),
});

export const ReportSchema = v.object({
  id: SlugSchema,
  sourceIds: v.pipe(v.array(SlugSchema), v.minLength(1, 'at least one source id')),
  quote: TextQuoteSelectorSchema,
  figure: v.optional(FigureSchema),
  window: v.optional(TimeWindowSchema),
  place: v.optional(ReportPlaceSchema),
  via: v.optional(v.array(ChainStepSchema)),
  /**
   * The id of the report, in the same claim, whose total this figure is a part of ("including at least 15 in
   * Bushqatin"; one donor's pledge within all pledges): a part and its whole never disagree. From the same
   * sources, a whole and its parts are one breakdown.
   */
  partOf: v.optional(SlugSchema),
});

/** Claim ids share the URL with Tally's own pages: `/{article}/sources/{source}/`. */
const ClaimIdSchema = v.pipe(
  SlugSchema,
  v.check((id) => id !== SOURCES_SEGMENT, `a claim id other than "${SOURCES_SEGMENT}", which Tally keeps for source pages`),
);

export const ClaimSchema = v.object({
  id: ClaimIdSchema,
  /** Short name in the reader's words: "Death toll in Aleppo". */
  title: Text,
  /** The claim as a question: "How many people were killed in the bombardment of Aleppo?" */
  question: Text,
  kind: v.picklist(['figure', 'statement']),
  reports: v.pipe(v.array(ReportSchema), v.minLength(1, 'at least one report')),
  /**
   * For statements from several sources: whether their accounts differ, agree or complement each other.
   * An editor's reading (Tally cannot weigh words it does not count); absent, the label says only how many.
   */
  accounts: v.optional(v.picklist(['differ', 'agree', 'complement'])),
  /** Context added by Tally's editors, always shown as Tally's note, apart from the article's facts. */
  note: v.optional(Text),
});

/**
 * One article's data file. Claims are checked one by one (see parse-article-file.ts) so that
 * one broken claim cannot take the article down with it.
 */
export const ArticleFileSchema = v.object({
  /** A link to the pack format's JSON Schema, so that an editor such as VS Code checks the file as it is typed. */
  $schema: v.optional(v.string()),
  version: v.literal(PACK_VERSION, `version ${PACK_VERSION}, the pack format this Tally reads`),
  article: ArticleSchema,
  sources: v.array(SourceSchema),
  /** The places the article names, referred to by reports' `place.placeId`. */
  places: v.optional(v.array(PlaceSchema), []),
  claims: v.array(v.unknown()),
});

/** A whole pack with its claims, as an editor writes it: what the pack's JSON Schema is generated from. */
export const PackSchema = v.object({ ...ArticleFileSchema.entries, claims: v.array(ClaimSchema) });

export type Origin = v.InferOutput<typeof OriginSchema>;
export type Article = v.InferOutput<typeof ArticleSchema>;
export type Block = v.InferOutput<typeof BlockSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type TextQuoteSelector = v.InferOutput<typeof TextQuoteSelectorSchema>;
export type Qualifier = v.InferOutput<typeof QualifierSchema>;
export type FigureKind = v.InferOutput<typeof FigureKindSchema>;
export type Group = v.InferOutput<typeof GroupSchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
export type TimeWindow = v.InferOutput<typeof TimeWindowSchema>;
export type Place = v.InferOutput<typeof PlaceSchema>;
export type ReportPlace = v.InferOutput<typeof ReportPlaceSchema>;
export type ChainStep = v.InferOutput<typeof ChainStepSchema>;
export type Report = v.InferOutput<typeof ReportSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
