import type { ReactNode } from 'react';
import type { ReadableArticle } from '../../core/readable-article.ts';
import { Disclosure } from '../../ui/Disclosure.tsx';

/**
 * The titled list of every claim of the article; its entries are ClaimList (ClaimList.tsx), drawn apart so that
 * their code can load on the reader's intent while the prerendered list stays on the page.
 */
export function ClaimsIndex({ readable, children }: { readable: ReadableArticle; children: ReactNode }) {
  const count = readable.claims.length + readable.rejectedClaims.length;
  return (
    <Disclosure id="claims-index" title="Claims in this article" count={count} className="claims-index">
      {children}
    </Disclosure>
  );
}
