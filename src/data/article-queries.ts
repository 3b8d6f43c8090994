// One queryOptions factory per data file, beside its fetcher. Validation happens here, at the boundary.
import { queryOptions } from '@tanstack/react-query';
import { parseArticleFile } from '../core/parse-article-file.ts';
import * as v from 'valibot';
import { CarriedFindingsSchema, type ReaderArticle } from '../core/claim-look.ts';
import { readableArticle, type ReadableArticle } from '../core/readable-article.ts';
import { articleFile } from '../core/data-files.ts';
import { fetchDataFile } from './fetch-data-file.ts';

export function articleQuery(articleId: string) {
  const file = articleFile(articleId);
  return queryOptions({
    queryKey: ['article', articleId],
    queryFn: async ({ signal }) => withFindings(readableArticle(parseArticleFile(await fetchDataFile(file, signal), file))),
    // The result holds Maps; there is nothing to share structurally between two versions of a static file.
    structuralSharing: false,
  });
}

/**
 * The article with each claim's finding: those a page carries when they name every claim, else worked out
 * here, with the comparison of figures loaded for it (a page's own article never needs to).
 */
async function withFindings(readable: ReadableArticle, carried?: unknown): Promise<ReaderArticle> {
  const parsed = v.safeParse(CarriedFindingsSchema, carried);
  if (parsed.success && parsed.output.length === readable.claims.length) {
    const findings = parsed.output;
    return { ...readable, findings: new Map(readable.claims.map((claim, i) => [claim.id, findings[i]!])) };
  }
  const { claimFindings } = await import('../core/describe-claim.ts');
  return { ...readable, findings: claimFindings(readable.claims, readable.placesById) };
}

/**
 * An article's file carried in a prerendered page, put in the query cache under its query's key: validated
 * as a fetched file is, its quotes checked word for word at the positions the build found them.
 */
export async function seedArticleFile(
  articleId: string,
  file: string,
  json: unknown,
  carried: { anchorStarts?: Record<string, number> | undefined; findings?: unknown },
  setData: (key: readonly unknown[], data: unknown) => void,
): Promise<void> {
  setData(articleQuery(articleId).queryKey, await withFindings(readableArticle(parseArticleFile(json, file), carried.anchorStarts), carried.findings));
}
