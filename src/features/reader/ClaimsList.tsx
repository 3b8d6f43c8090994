import { describeAnchorFailure } from '../../core/anchor-quote.ts';
import { sourcingLabel } from '../../core/describe-claim.ts';
import { describeProblem } from '../../core/parse-article-file.ts';
import type { ReadableArticle } from '../../core/readable-article.ts';
import { formatRoute } from '../../core/url-state.ts';
import { BASE_PATH, useLinkClick } from '../../lib/location.ts';

/**
 * Every claim of the article, including those Tally could not place in the text (orphans) or could not
 * read at all: a claim is shown with its reason, never silently dropped.
 */
export function ClaimsList({ readable, openClaimId }: { readable: ReadableArticle; openClaimId: string | undefined }) {
  const open = useLinkClick();
  const articleId = readable.article.id;

  return (
    <nav className="claims-list" aria-labelledby="claims-list-title">
      <h2 id="claims-list-title">Claims in this article</h2>
      <p className="claims-list-hint">
        Highlighted words are claims that sources tell differently. Choose one to see the sources side by side.
      </p>
      <ul>
        {readable.claims.map((claim) => {
          const orphans = readable.orphans.filter((orphan) => orphan.claimId === claim.id);
          return (
            <li key={claim.id}>
              <a
                href={formatRoute({ articleId, claimId: claim.id }, BASE_PATH)}
                data-claim-link={claim.id}
                aria-current={claim.id === openClaimId ? 'true' : undefined}
                onClick={open}
              >
                {claim.title}
              </a>{' '}
              <span className="claims-list-sourcing">{sourcingLabel(claim)}</span>
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
      </ul>
      {readable.rejectedClaims.length > 0 && (
        <section className="claims-list-rejected" aria-labelledby="rejected-claims-title">
          <h3 id="rejected-claims-title">Claims Tally could not read</h3>
          <ul>
            {readable.rejectedClaims.map((rejected) => (
              <li key={rejected.index}>
                Claim {rejected.index + 1}
                {rejected.title !== undefined && ` (“${rejected.title}”)`} in {rejected.problems[0]?.file}:{' '}
                {rejected.problems.map(describeProblem).join('; ')}.
              </li>
            ))}
          </ul>
        </section>
      )}
    </nav>
  );
}
