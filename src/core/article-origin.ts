// Where an article's text came from: its original web address, which exports point annotations at.
// NOTE: the pack format is gaining `article.origin` (url, retrieved, archiveUrl, language, textSha256).
// Until the schema carries it, this one accessor reads it defensively; afterwards it reads the typed field.
import * as v from 'valibot';
import type { Article } from './schema.ts';

const OriginSchema = v.object({
  url: v.pipe(v.string(), v.url()),
  retrieved: v.optional(v.pipe(v.string(), v.isoDate())),
  archiveUrl: v.optional(v.pipe(v.string(), v.url())),
  language: v.optional(v.string()),
  textSha256: v.optional(v.string()),
});

export type ArticleOrigin = v.InferOutput<typeof OriginSchema>;

/** The article's origin as its pack states it, or undefined when the pack does not say. */
export function articleOrigin(article: Article): ArticleOrigin | undefined {
  const parsed = v.safeParse(OriginSchema, (article as { origin?: unknown }).origin);
  return parsed.success ? parsed.output : undefined;
}

/**
 * The address an annotation of the article points at: the original web address when the pack gives one;
 * otherwise Tally's own page of the article, which shows the same text, marked as a fallback.
 */
export function annotatedAddress(article: Article, tallyArticleUrl: string): { url: string; original: boolean } {
  const origin = articleOrigin(article);
  return origin ? { url: origin.url, original: true } : { url: tallyArticleUrl, original: false };
}
