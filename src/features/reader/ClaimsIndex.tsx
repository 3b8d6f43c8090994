import { describeAnchorFailure } from '../../core/anchor-quote.ts';
import { checkCompatibility, VERDICT_SHORT } from '../../core/check-compatibility.ts';
import { sourcingLabel } from '../../core/describe-claim.ts';
import { describeProblem } from '../../core/parse-article-file.ts';
import { placedReports, type ReadableArticle } from '../../core/readable-article.ts';
import { formatRoute } from '../../core/url-state.ts';
import { BASE_PATH, useLinkClick } from '../../lib/location.ts';
import { Disclosure } from '../../ui/Disclosure.tsx';

/**
 * Every claim of the article with its number of sources and whether they disagree, including claims
 * Tally could not place in the text (orphans) or could not read: shown with the reason, never dropped.
 */
export function ClaimsIndex({ readable, openClaimId }: { readable: ReadableArticle; openClaimId: string | undefined }) {
  const linkClick = useLinkClick();
  const articleId = readable.article.id;
  const count = readable.claims.length + readable.rejectedClaims.length;
  return (
    <Disclosure id="claims-index" title="Claims in this article" count={count} className="claims-index">
      <p className="claims-index-hint">Highlighted words are claims that sources tell differently. Choose one to compare.</p>
      <ul>
        {readable.claims.map((claim) => {
          const orphans = readable.orphans.filter((orphan) => orphan.claimId === claim.id);
          const status = VERDICT_SHORT[checkCompatibility(placedReports(readable, claim)).verdict];
          return (
            <li key={claim.id}>
              <a
                href={formatRoute({ articleId, claimId: claim.id }, BASE_PATH)}
                data-claim-link={claim.id}
                data-panel-opener=""
                aria-current={claim.id === openClaimId ? 'true' : undefined}
                onClick={linkClick}
              >
                {claim.title}
              </a>{' '}
              <span className="list-meta">
                {sourcingLabel(claim)}
                {status && `; ${status}`}
              </span>
              {orphans.length > 0 && (
                <p className="claims-list-problem">
                  {orphans.length === claim.reports.length
                    ? 'Not found in the text: '
                    : `${orphans.length} of ${claim.reports.length} reports not found in the text: `}
                  {[...new Set(orphans.map((orphan) => describeAnchorFailure(orphan.failure)))].join('; ')}.
                </p>
              )}
            </li>
          );
        })}
        {readable.rejectedClaims.map((rejected) => (
          <li key={`rejected-${rejected.index}`} className="claims-list-problem">
            Claim {rejected.index + 1}
            {rejected.title !== undefined && ` (“${rejected.title}”)`} could not be read from {rejected.problems[0]?.file}:{' '}
            {rejected.problems.map(describeProblem).join('; ')}.
          </li>
        ))}
      </ul>
    </Disclosure>
  );
}
