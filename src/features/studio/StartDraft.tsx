import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import * as v from 'valibot';
import { describeProblem } from '../../core/parse-article-file.ts';
import { packFromJson, packFromText, pastedBodyText, type PastedArticle } from '../../core/pack-draft.ts';
import { OriginSchema } from '../../core/schema.ts';
import { sha256For } from '../../lib/sha256.ts';
import { discardDraft, listDrafts, type Draft } from '../../data/draft-store.ts';
import { discardHistory } from '../../data/history-store.ts';
import type { DraftState } from './use-draft-history.ts';

interface StartDraftProps {
  onStart: (state: DraftState) => void;
  onResume: (draft: Draft) => void;
}

const EMPTY: PastedArticle = { title: '', outlet: '', published: '', address: '', retrieved: '', language: '', byline: '', text: '' };

/** Why the address is asked for, and what to give when the article has none: said where it is asked. */
const ADDRESS_HINT = 'Required: Tally’s exports point to it. No address? Give its online edition’s, or an archive copy’s.';

/** The Studio's first screen: paste an article, open a pack, or go back to a draft. */
export function StartDraft({ onStart, onResume }: StartDraftProps) {
  const [pasted, setPasted] = useState(EMPTY);
  const [pasteProblem, setPasteProblem] = useState('');
  const [addressProblem, setAddressProblem] = useState('');
  const addressInput = useRef<HTMLInputElement>(null);
  const addressHintId = useId();
  const addressProblemId = useId();
  const [openProblems, setOpenProblems] = useState<string[]>([]);
  const [pageMessage, setPageMessage] = useState<{ text: string; problem: boolean } | undefined>();
  const [drafts, setDrafts] = useState<Draft[] | undefined>();

  useEffect(() => {
    let live = true;
    listDrafts().then(
      (all) => live && setDrafts(all),
      () => live && setDrafts([]),
    );
    return () => {
      live = false;
    };
  }, []);

  const field = (name: keyof PastedArticle) => ({
    value: pasted[name],
    onChange: (event: { target: { value: string } }) => setPasted({ ...pasted, [name]: event.target.value }),
  });

  const start = async (event: FormEvent) => {
    event.preventDefault();
    const address = pasted.address.trim();
    if (!v.safeParse(OriginSchema.entries.url, address).success) {
      setAddressProblem(
        address
          ? `“${address}” is not a full web address: give one such as “https://www.example.org/news/story.html”.`
          : 'Give the article’s web address first, such as “https://www.example.org/news/story.html”.',
      );
      addressInput.current?.focus();
      return;
    }
    setAddressProblem('');
    const pack = packFromText(pasted, await sha256For(pastedBodyText(pasted)));
    if (pack.article.blocks.length === 0) return setPasteProblem('Paste the article’s text first: its paragraphs, separated by blank lines.');
    onStart({ pack });
  };

  const open = async (file: File | undefined) => {
    if (!file) return;
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      return setOpenProblems([`${file.name} is not a JSON file. Choose a Tally pack (.json), such as one exported from the Studio.`]);
    }
    const opened = packFromJson(json, file.name);
    if (!opened.ok) return setOpenProblems([`${file.name} is not a valid Tally pack:`, ...opened.problems.map(describeProblem)]);
    setOpenProblems([]);
    onStart({ pack: opened.pack });
  };

  const openPage = async (file: File | undefined) => {
    if (!file) return;
    // Readability is loaded only now, for the editors who open a saved page.
    const [{ readWebPage }, html] = await Promise.all([import('./read-web-page.ts'), file.text()]);
    const article = readWebPage(html);
    if (!article) return setPageMessage({ text: `No article text was found in ${file.name}. Paste the text instead.`, problem: true });
    setPasted(article);
    setPageMessage({
      text: `Taken from ${file.name}: check the title, byline, outlet, date and address below, then start annotating.`,
      problem: false,
    });
  };

  return (
    <div className="studio-start">
      <section aria-labelledby="paste-title" className="studio-card">
        <h2 id="paste-title">Paste an article</h2>
        <label>
          Or open a saved web page (.html)
          <input type="file" accept=".html,.htm,text/html" onChange={(event) => void openPage(event.target.files?.[0])} />
        </label>
        {pageMessage && (
          <p role={pageMessage.problem ? 'alert' : 'status'} className={pageMessage.problem ? 'studio-problem' : 'studio-hint'}>
            {pageMessage.text}
          </p>
        )}
        <form onSubmit={(event) => void start(event)} noValidate>
          <label>
            Title <span className="studio-hint">(leave empty if the text’s first line is the title)</span>
            <input {...field('title')} />
          </label>
          <label>
            Outlet
            <input {...field('outlet')} placeholder="RFE/RL" />
          </label>
          <label>
            Date published
            <input type="date" {...field('published')} />
          </label>
          <label>
            Web address <span className="studio-hint">(required)</span>
            <input
              ref={addressInput}
              type="url"
              {...field('address')}
              placeholder="https://"
              aria-describedby={addressProblem ? `${addressProblemId} ${addressHintId}` : addressHintId}
              aria-invalid={addressProblem ? true : undefined}
            />
          </label>
          <p id={addressHintId} className="studio-hint">
            {ADDRESS_HINT}
          </p>
          {addressProblem && (
            <p id={addressProblemId} className="studio-problem" role="alert">
              {addressProblem}
            </p>
          )}
          <label>
            Date retrieved <span className="studio-hint">(the day the text was taken)</span>
            <input type="date" {...field('retrieved')} />
          </label>
          <label>
            Language <span className="studio-hint">(such as “en”; optional)</span>
            <input {...field('language')} placeholder="en" />
          </label>
          <label>
            Byline or credit <span className="studio-hint">(optional: “By Mira Okafor”)</span>
            <input {...field('byline')} />
          </label>
          <label>
            Text <span className="studio-hint">(the headline and the body, paragraphs separated by blank lines; leave out the byline and dateline lines: their author and date go in the fields above)</span>
            <textarea rows={10} {...field('text')} aria-describedby={pasteProblem ? 'paste-problem' : undefined} />
          </label>
          {pasteProblem && (
            <p id="paste-problem" className="studio-problem" role="alert">
              {pasteProblem}
            </p>
          )}
          <button type="submit">Start annotating</button>
        </form>
      </section>

      <section aria-labelledby="open-title" className="studio-card">
        <h2 id="open-title">Open a pack</h2>
        <label>
          Pack file (.json)
          <input type="file" accept=".json,application/json" onChange={(event) => void open(event.target.files?.[0])} />
        </label>
        {openProblems.length > 0 && (
          <div role="alert" className="studio-problem">
            <p>{openProblems[0]}</p>
            {openProblems.length > 1 && (
              <ul>
                {openProblems.slice(1).map((problem, i) => (
                  <li key={i}>{problem}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </section>

      <section aria-labelledby="drafts-title" className="studio-card">
        <h2 id="drafts-title">Drafts in this browser</h2>
        {drafts === undefined ? (
          <p>Looking for drafts…</p>
        ) : drafts.length === 0 ? (
          <p>No drafts yet. Every change you make is saved here at once.</p>
        ) : (
          <ul className="studio-drafts">
            {drafts.map((draft) => (
              <li key={draft.key}>
                <DraftLine draft={draft} />
                <button type="button" onClick={() => onResume(draft)}>
                  Resume <span className="visually-hidden">{draft.pack.article.title}</span>
                </button>
                <button
                  type="button"
                  onClick={() => {
                    void Promise.all([discardDraft(draft.key), discardHistory(draft.key)]).then(() => setDrafts((all) => all?.filter((d) => d.key !== draft.key)));
                  }}
                >
                  Discard <span className="visually-hidden">{draft.pack.article.title}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** One local draft as the lists of drafts name it: its title, its claims and when it was saved. */
export function DraftLine({ draft }: { draft: Draft }) {
  return (
    <span>
      {draft.pack.article.title || 'Untitled'} <span className="studio-hint">· {draft.pack.claims.length} claims · saved {new Date(draft.savedAt).toLocaleString()}</span>
    </span>
  );
}
