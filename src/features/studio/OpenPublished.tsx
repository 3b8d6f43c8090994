import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { DataFileError, describeProblem } from '../../core/parse-article-file.ts';
import { listDrafts, type Draft } from '../../data/draft-store.ts';
import { publishedPackQuery } from '../../data/studio-queries.ts';
import { DraftLine } from './StartDraft.tsx';
import type { DraftState } from './use-draft-history.ts';

interface OpenPublishedProps {
  articleId: string;
  /** Starts a new draft from the published pack. */
  onStart: (state: DraftState) => void;
  onResume: (draft: Draft) => void;
  onCancel: () => void;
}

/** What went wrong, in an editor's words: the file, and each problem at its place. */
function failure(error: unknown): string[] {
  if (error instanceof DataFileError) return error.problems.map(describeProblem);
  return [error instanceof Error ? error.message : String(error)];
}

/**
 * "Edit in Studio": opens a published article's pack. With no local draft of it, a new draft starts at
 * once; with one, the editor chooses to resume it or start afresh — a draft is never overwritten.
 */
export function OpenPublished({ articleId, onStart, onResume, onCancel }: OpenPublishedProps) {
  const published = useQuery(publishedPackQuery(articleId));
  const [drafts, setDrafts] = useState<Draft[] | undefined>();
  useEffect(() => {
    let live = true;
    listDrafts().then(
      (all) => live && setDrafts(all.filter((d) => d.pack.article.id === articleId)),
      () => live && setDrafts([]),
    );
    return () => {
      live = false;
    };
  }, [articleId]);

  const pack = published.data;
  const noDraft = drafts?.length === 0;
  const started = useRef(false);
  useEffect(() => {
    if (!pack || !noDraft || started.current) return;
    started.current = true;
    onStart({ pack });
  }, [pack, noDraft, onStart]);

  if (published.error) {
    return (
      <section aria-labelledby="open-published-title" className="studio-card">
        <h2 id="open-published-title">“{articleId}” could not be opened</h2>
        <div role="alert" className="studio-problem">
          <p>The published pack of “{articleId}” could not be opened for editing:</p>
          <ul>
            {failure(published.error).map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        </div>
        <button type="button" onClick={onCancel}>
          Go to the Studio’s start
        </button>
      </section>
    );
  }
  if (!pack || drafts === undefined || noDraft) return <p role="status">Opening the published pack of “{articleId}”…</p>;
  return (
    <section aria-labelledby="open-published-title" className="studio-card">
      <h2 id="open-published-title">You already have {drafts.length === 1 ? 'a draft' : 'drafts'} of “{pack.article.title}”</h2>
      <p>Resume your draft, or start a new draft from the published pack. Your draft is kept either way.</p>
      <ul className="studio-drafts">
        {drafts.map((draft) => (
          <li key={draft.key}>
            <DraftLine draft={draft} />
            <button type="button" onClick={() => onResume(draft)}>
              Resume this draft<span className="visually-hidden">, saved {new Date(draft.savedAt).toLocaleString()}</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => onStart({ pack })}>
        Start a new draft from the published pack
      </button>
    </section>
  );
}
