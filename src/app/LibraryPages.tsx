// The library at the root and each shared source's page: loaded like an article, failures shown the same way.
import { useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import { SlugSchema } from '../core/slugs-and-kinds.ts';
import { libraryFirstScreenQuery, sharedSourceQuery } from '../data/library-queries.ts';
import { FetchError } from '../data/fetch-data-file.ts';
import { Library } from '../features/library/Library.tsx';
import { SharedSource } from '../features/library/SharedSource.tsx';
import { LoadError } from './LoadError.tsx';
import { PageNotFound } from './PageNotFound.tsx';

function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}

export function LibraryPage() {
  const library = useQuery(libraryFirstScreenQuery());
  if (library.error) return <LoadError error={library.error} onRetry={() => void library.refetch()} />;
  if (!library.data) return <Loading what="the library" />;
  return <Library firstScreen={library.data} />;
}

export function SharedSourcePage({ sharedId }: { sharedId: string }) {
  const isSlug = v.is(SlugSchema, sharedId);
  const source = useQuery({ ...sharedSourceQuery(sharedId), enabled: isSlug });
  const missing = `No source called “${sharedId}” is quoted in Tally’s articles.`;
  if (!isSlug) return <PageNotFound what={missing} />;
  if (source.error) {
    if (source.error instanceof FetchError && source.error.status === 404) return <PageNotFound what={missing} />;
    return <LoadError error={source.error} onRetry={() => void source.refetch()} />;
  }
  if (!source.data) return <Loading what="the source" />;
  return <SharedSource page={source.data} />;
}
