import type { ReactNode } from 'react';
import type { ReadableArticle } from '../../core/readable-article.ts';
import { Disclosure } from '../../ui/Disclosure.tsx';
import './sources.css';

/** The titled list of everyone the article cites; its entries are SourceLinks (SourceLinks.tsx). */
export function SourcesList({ readable, children }: { readable: ReadableArticle; children: ReactNode }) {
  return (
    <Disclosure id="sources-list" title="Sources" count={readable.sourcesById.size} className="sources-list">
      {children}
    </Disclosure>
  );
}
