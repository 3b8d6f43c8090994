// The entries of the list of claims, with what each claim's sources say: drawn from the panels' chunk,
// loaded on the reader's intent (the prerendered entries stay on the page until then).
import { memo, useMemo, useState } from 'react';
import { describeAnchorFailure } from '../../core/anchor-quote.ts';
import { checkCompatibility, VERDICT_SHORT } from '../../core/check-compatibility.ts';
import { sourcingLabel } from '../../core/describe-claim.ts';
import { placedReports, type ReadableArticle } from '../../core/readable-article.ts';
import type { Claim } from '../../core/schema.ts';
import { formatRoute } from '../../core/url-state.ts';
import { BASE_PATH } from '../../lib/base-path.ts';
import { useLinkClick } from '../../lib/link-click.ts';
import { claimLinkAttributes } from '../../lib/page-contract.ts';

/** Long articles list this many claims at first; the rest are one click away. */
const FIRST_CLAIMS = 50;

interface ClaimEntry {
  claim: Claim;
  href: string;
  /** "3 sources differ; figures fit only if they cover different ground". */
  summary: string;
  /** Why some reports are not shown, when their quotes are not in the text. */
  problem: string | undefined;
}

function claimEntries(readable: ReadableArticle, claims: readonly Claim[]): ClaimEntry[] {
  return claims.map((claim) => {
    const orphans = readable.orphans.filter((orphan) => orphan.claimId === claim.id);
    const status = VERDICT_SHORT[checkCompatibility(placedReports(readable, claim), readable.placesById).verdict];
    const reasons = [...new Set(orphans.map((orphan) => describeAnchorFailure(orphan.failure)))].join('; ');
    return {
      claim,
      href: formatRoute({ articleId: readable.article.id, claimId: claim.id }, BASE_PATH),
      summary: status ? `${sourcingLabel(claim, readable.placesById)}; ${status}` : sourcingLabel(claim, readable.placesById),
      problem:
        orphans.length === 0
          ? undefined
          : `${orphans.length === claim.reports.length ? 'Not found in the text' : `${orphans.length} of ${claim.reports.length} reports not found in the text`}: ${reasons}.`,
    };
  });
}

const ClaimItem = memo(function ClaimItem({ entry, open }: { entry: ClaimEntry; open: boolean }) {
  const linkClick = useLinkClick();
  return (
    <li>
      <a href={entry.href} {...claimLinkAttributes(entry.claim.id)} aria-current={open ? 'true' : undefined} onClick={linkClick}>
        {entry.claim.title}
      </a>{' '}
      <span className="list-meta">{entry.summary}</span>
      {entry.problem && <p className="claims-list-problem">{entry.problem}</p>}
    </li>
  );
});

/**
 * Every claim of the article with its number of sources and whether they disagree, including claims
 * Tally could not place in the text (orphans) or could not read: shown with the reason, never dropped.
 */
export const ClaimList = memo(function ClaimList({ readable, openClaimId }: { readable: ReadableArticle; openClaimId: string | undefined }) {
  const [showAll, setShowAll] = useState(false);
  // Entries are worked out only for the claims listed: a long article lists its first fifty at first.
  const shown = useMemo(
    () => claimEntries(readable, showAll ? readable.claims : readable.claims.slice(0, FIRST_CLAIMS)),
    [readable, showAll],
  );
  return (
    <>
      <p className="claims-index-hint">
        Highlighted words are claims that sources tell differently. Choose one to compare. With a keyboard, <kbd>]</kbd>{' '}
        and <kbd>[</kbd> move to the next and previous claim in the text.
      </p>
      <ul>
        {shown.map((entry) => (
          <ClaimItem key={entry.claim.id} entry={entry} open={entry.claim.id === openClaimId} />
        ))}
        {readable.rejectedClaims.map((rejected) => (
          <li key={`rejected-${rejected.index}`} className="claims-list-problem">
            {rejected.title !== undefined ? `“${rejected.title}”` : `Claim ${rejected.index + 1}`}: this claim could not be shown
            because its data is incomplete.
          </li>
        ))}
      </ul>
      {shown.length < readable.claims.length && (
        <button type="button" className="button button--quiet claims-index-more" onClick={() => setShowAll(true)}>
          Show all {readable.claims.length.toLocaleString('en')} claims
        </button>
      )}
    </>
  );
});
