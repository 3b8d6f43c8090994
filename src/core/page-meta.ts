// What each page says about itself to link previews and search engines: title, description, image,
// and the article's structured data. Built from the same data the reader shows, and nothing else.
import { clipText } from './clip-text.ts';
import { claimFiguresLine, reportGist, reportsOfSource, sourceNames } from './describe-claim.ts';
import { formatLongDate } from './format-date.ts';
import { openState, type OpenState } from './open-state.ts';
import { previewImagePath } from './preview-path.ts';
import { placedReports, type ReadableArticle } from './readable-article.ts';
import { formatRoute, type ReaderRoute } from './url-state.ts';

export interface PageMeta {
  title: string;
  description: string;
  /** The page's own path, for its canonical link. */
  path: string;
  /** The preview image's path (1200×630 PNG) and its text alternative. */
  imagePath: string;
  imageAlt: string;
}

export const PREVIEW_IMAGE = { width: 1200, height: 630 } as const;

const MAX_DESCRIPTION = 300;

const clip = (text: string, max = MAX_DESCRIPTION) => clipText(text, max);

/**
 * Metadata for the page at `route`, from what it has open: the same at build time and in the browser.
 * Parts of the route that name nothing fall back to what is open around them (the claim, the article).
 */
export function pageMeta(readable: ReadableArticle, route: ReaderRoute, base = '/', open: OpenState = openState(readable, route)): PageMeta {
  const { article } = readable;
  const byline = `${article.outlet.name}, ${formatLongDate(article.published)}`;
  const articleMeta: PageMeta = {
    title: `${article.title} · Tally`,
    description: clip(`${byline}. Where its sources differ, side by side: ${readable.claims.map((c) => c.title).join(', ')}.`),
    path: formatRoute(route.articleId === undefined ? {} : { articleId: article.id }, base),
    imagePath: previewImagePath(article.id, undefined, base),
    imageAlt: `${article.title} (${byline}), with the claims on which its sources differ.`,
  };

  const { source, claim, report } = open;
  if (source) {
    const reports = reportsOfSource(readable.claims, source.id);
    return {
      ...articleMeta,
      title: `${source.name} in “${article.title}” · Tally`,
      description: clip(`What ${source.shortName} says in ${byline}: ${reports.map(({ claim, report }) => `${claim.title}: ${reportGist(report)}`).join(' · ')}`),
      path: formatRoute({ articleId: article.id, sourceId: source.id }, base),
    };
  }

  if (!claim) return articleMeta;
  const reports = placedReports(readable, claim);
  const line = claimFiguresLine(reports, readable.sourcesById);
  return {
    title: report ? `${claim.question} · ${sourceNames(report.sourceIds, readable.sourcesById)} · Tally` : `${claim.question} · Tally`,
    description: clip(line),
    path: formatRoute({ articleId: article.id, claimId: claim.id, ...(report && { reportId: report.id }) }, base),
    imagePath: previewImagePath(article.id, claim.id, base),
    imageAlt: clip(`${claim.question} ${line}`, 420),
  };
}

/** schema.org structured data: the NewsArticle, and a Claim for each claim Tally compares. */
export function articleStructuredData(readable: ReadableArticle, siteUrl: string, base = '/'): object {
  const { article } = readable;
  const absolute = (path: string) => new URL(path, siteUrl).href;
  const articleUrl = absolute(formatRoute({ articleId: article.id }, base));
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'NewsArticle',
        '@id': `${articleUrl}#article`,
        headline: article.title,
        datePublished: article.published,
        publisher: { '@type': 'Organization', name: article.outlet.fullName ?? article.outlet.name },
        ...(article.credit && { creditText: article.credit }),
        url: articleUrl,
        image: absolute(previewImagePath(article.id, undefined, base)),
      },
      ...readable.claims.map((claim) => ({
        '@type': 'Claim',
        '@id': absolute(formatRoute({ articleId: article.id, claimId: claim.id }, base)),
        name: claim.title,
        text: claim.question,
        appearance: { '@id': `${articleUrl}#article` },
        author: [...new Set(claim.reports.flatMap((r) => r.sourceIds))].map((id) => {
          const source = readable.sourcesById.get(id);
          return { '@type': source?.kind === 'person' ? 'Person' : 'Organization', name: source?.name ?? id };
        }),
      })),
    ],
  };
}
