import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import * as v from 'valibot';
import { SlugSchema } from '../core/schema.ts';
import type { ReaderRoute } from '../core/url-state.ts';
import { articleQuery } from '../data/article-queries.ts';
import { FetchError } from '../data/fetch-data-file.ts';
import { LoadError } from './LoadError.tsx';
import { PageNotFound } from './PageNotFound.tsx';
import { Reader } from './Reader.tsx';

/** After this long, the loading message says the connection seems slow. */
const SLOW_MS = 2500;

function Loading() {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setSlow(true), SLOW_MS);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <p className="loading" role="status">
      {slow ? 'Still loading the article: the connection seems slow. It will appear as soon as it arrives.' : 'Loading the article…'}
    </p>
  );
}

/** Loads the article the URL names and shows it once it is valid. */
export function ReaderPage({ route, articleId }: { route: ReaderRoute; articleId: string }) {
  const isSlug = v.is(SlugSchema, articleId);
  const article = useQuery({ ...articleQuery(articleId), enabled: isSlug });

  const missing = `There is no article called “${articleId}”.`;
  if (!isSlug) return <PageNotFound what={missing} />;
  if (article.error) {
    if (article.error instanceof FetchError && article.error.status === 404) return <PageNotFound what={missing} />;
    return <LoadError error={article.error} onRetry={() => void article.refetch()} />;
  }
  if (!article.data) return <Loading />;
  return <Reader readable={article.data} route={route} />;
}
