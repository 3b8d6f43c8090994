import { useMemo } from 'react';
import { describeProblem, parseArticleFile, DataFileError } from '../core/parse-article-file.ts';
import { packJson, type PackDraft } from '../core/pack-draft.ts';
import { readableArticle } from '../core/readable-article.ts';
import { Comparison } from '../features/comparison/Comparison.tsx';
import '../features/comparison/comparison.css';

const noop = () => undefined;

/**
 * One claim's comparison drawn by the reader's component from the pack as it stands, checked the way
 * readers' packs are: a claim the checks set aside is not drawn, and the reasons are given instead.
 */
export function StudioPreview({ pack, claimId }: { pack: PackDraft; claimId: string }) {
  const result = useMemo(() => {
    try {
      const file = parseArticleFile(JSON.parse(packJson(pack)), 'preview');
      return { readable: readableArticle(file), rejected: file.rejectedClaims };
    } catch (error) {
      if (error instanceof DataFileError) return { problems: error.problems };
      throw error;
    }
  }, [pack]);
  const claim = result.readable?.claims.find((c) => c.id === claimId);
  return (
    <div className="studio-preview-frame">
      <p className="studio-preview-label">Preview: as readers will see it</p>
      {result.readable && claim ? (
        <Comparison readable={result.readable} claim={claim} currentReportId={undefined} onShowQuote={noop} />
      ) : (
        <p className="studio-hint">
          The preview appears once the claim’s fields are complete.{' '}
          {(result.problems ?? result.rejected?.find((c) => c.id === claimId)?.problems ?? []).length > 0 &&
            `Still to do: ${(result.problems ?? result.rejected?.find((c) => c.id === claimId)?.problems ?? []).map(describeProblem).join('; ')}.`}
        </p>
      )}
    </div>
  );
}
