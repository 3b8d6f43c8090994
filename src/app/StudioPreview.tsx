import { useMemo, useState } from 'react';
import { anchorMemory, anchorQuotesRemembered } from '../core/anchor-quote.ts';
import { bodyText } from '../core/article-text.ts';
import { describeProblem, parseArticleFile, DataFileError } from '../core/parse-article-file.ts';
import { packFileJson, type PackDraft } from '../core/pack-draft.ts';
import { readableArticle, reportKey } from '../core/readable-article.ts';
import { Comparison } from '../features/comparison/Comparison.tsx';
import '../features/comparison/comparison.css';

const noop = () => undefined;

/**
 * One claim's comparison drawn by the reader's component from the pack as it stands, checked the way
 * readers' packs are: a claim the checks set aside is not drawn, and the reasons are given instead.
 * Only that claim is read (a reader's comparison shows one claim), so a long article's other claims
 * cost nothing here.
 */
export function StudioPreview({ pack, claimId }: { pack: PackDraft; claimId: string }) {
  const [toJson] = useState(packFileJson);
  const [anchors] = useState(anchorMemory);
  const { article, sources, places } = pack;
  const text = useMemo(() => bodyText(article.blocks).text, [article.blocks]);
  // The claim is the same object while other claims change, so the preview is read again only when it
  // does. Two claims of one id are kept, as that is enough for the checks to say the id is repeated.
  const [first, second] = pack.claims.filter((c) => c.id === claimId);
  const result = useMemo(() => {
    try {
      const file = parseArticleFile(toJson({ article, sources, places, claims: [first, second].filter((c) => c !== undefined) }), 'preview');
      // Where the quotes sit, remembered across edits, so the text is not searched again for each keystroke.
      const reports = file.claims.flatMap((claim) => claim.reports.map((report) => ({ key: reportKey(claim.id, report.id), quote: report.quote })));
      const placed = anchorQuotesRemembered(text, reports.map((r) => r.quote), anchors);
      const starts = Object.fromEntries(reports.flatMap(({ key }, i) => { const anchor = placed[i]!; return anchor.ok ? [[key, anchor.range.start]] : []; }));
      return { readable: readableArticle(file, starts), rejected: file.rejectedClaims };
    } catch (error) {
      if (error instanceof DataFileError) return { problems: error.problems };
      throw error;
    }
  }, [toJson, anchors, text, article, sources, places, first, second]);
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
