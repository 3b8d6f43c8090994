import { useMemo, useState } from 'react';
import { anchorMemory, anchorQuotesRemembered } from '../core/anchor-quote.ts';
import { bodyText } from '../core/article-text.ts';
import { describeForEditor, fieldName, isArticleProblem } from '../core/editor-problems.ts';
import { envelopeMemory, parseArticleFile, DataFileError, type DataProblem } from '../core/parse-article-file.ts';
import { packFileJson, type PackDraft } from '../core/pack-draft.ts';
import { readableArticle, reportKey } from '../core/readable-article.ts';
import { Comparison } from '../features/comparison/Comparison.tsx';
import '../features/comparison/comparison.css';
import { goToField } from '../features/studio/go-to-field.ts';

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
  // The article, sources and places validated once, not again for each keystroke in the claim (a long
  // article's text is a megabyte): the same check as a reader's, remembered while those parts stay.
  const [envelope] = useState(envelopeMemory);
  const { article, sources, places } = pack;
  const text = useMemo(() => bodyText(article.blocks).text, [article.blocks]);
  // The claim is the same object while other claims change, so the preview is read again only when it
  // does. Two claims of one id are kept, as that is enough for the checks to say the id is repeated.
  const [first, second] = pack.claims.filter((c) => c.id === claimId);
  const result = useMemo(() => {
    try {
      const file = parseArticleFile(toJson({ article, sources, places, claims: [first, second].filter((c) => c !== undefined) }), 'preview', envelope);
      // Where the quotes sit, remembered across edits, so the text is not searched again for each keystroke.
      const reports = file.claims.flatMap((claim) => claim.reports.map((report) => ({ key: reportKey(claim.id, report.id), quote: report.quote })));
      const placed = anchorQuotesRemembered(text, reports.map((r) => r.quote), anchors);
      const starts = Object.fromEntries(reports.flatMap(({ key }, i) => { const anchor = placed[i]!; return anchor.ok ? [[key, anchor.range.start]] : []; }));
      return { readable: readableArticle(file, starts), rejected: file.rejectedClaims };
    } catch (error) {
      if (error instanceof DataFileError) return { problems: error.problems };
      throw error;
    }
  }, [toJson, anchors, envelope, text, article, sources, places, first, second]);
  const claim = result.readable?.claims.find((c) => c.id === claimId);
  const problems = result.problems ?? result.rejected?.find((c) => c.id === claimId)?.problems ?? [];
  return (
    <div className="studio-preview-frame">
      <p className="studio-preview-label">Preview: as readers will see it</p>
      {result.readable && claim ? (
        <Comparison readable={result.readable} claim={claim} currentReportId={undefined} onShowQuote={noop} />
      ) : (
        <StillToDo problems={problems} pack={pack} />
      )}
    </div>
  );
}

/**
 * Why the preview is not drawn yet, named by field: the article's details first (the claim is not blamed
 * for them), each with a way to its field; then the claim's, which sit beside their fields in the form.
 */
function StillToDo({ problems, pack }: { problems: readonly DataProblem[]; pack: PackDraft }) {
  const article = problems.filter(isArticleProblem);
  const rest = problems.filter((p) => !isArticleProblem(p));
  if (problems.length === 0) return <p className="studio-hint">The preview appears once the claim’s fields are complete.</p>;
  return (
    <div className="studio-hint">
      <p>{article.length > 0 ? 'The preview appears once the article’s details are complete.' : 'The preview appears once these fields are complete.'}</p>
      <ul>
        {article.map((p, i) => (
          <li key={`a${i}`}>
            {describeForEditor(p, pack)}{' '}
            <button type="button" onClick={() => goToField(p.path)}>
              Go to {fieldName(p.path, pack).replace(/^The /, 'the ')}
            </button>
          </li>
        ))}
        {rest.map((p, i) => (
          <li key={`c${i}`}>{describeForEditor(p, pack)}</li>
        ))}
      </ul>
    </div>
  );
}
