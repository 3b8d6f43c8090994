import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { anchorMemory, anchorQuotesRemembered, describeAnchorFailure, type AnchorMemory, type TextRange } from '../../core/anchor-quote.ts';
import { suggestPlace } from '../../core/orphan-suggestions.ts';
import { bodyText } from '../../core/article-text.ts';
import { clipMiddle } from '../../core/clip-text.ts';
import { figureFromWords } from '../../core/figure-from-words.ts';
import {
  addClaim,
  addReport,
  exportErrors,
  packFileName,
  packChecker,
  packJson,
  removeClaim,
  slugify,
  uniqueId,
  updateArticle,
  updateClaim,
  updateReport,
  updateSource,
  type PackDraft,
} from '../../core/pack-draft.ts';
import type { PackProblem } from '../../core/check-pack.ts';
import { describeForEditor, editorMessage, isArticleProblem } from '../../core/editor-problems.ts';
import { quoteSelector } from '../../core/quote-selector.ts';
import type { Claim, Place, Report, Source } from '../../core/schema.ts';
import type { Mark } from '../../core/segment-text.ts';
import { ArticleText } from './ArticleText.tsx';
import { ClaimDetails } from './ClaimDetails.tsx';
import { Field, problemsAt } from './Field.tsx';
import { FindWords } from './FindWords.tsx';
import { keepOnPage, ReportForm, type EditPack, type ReportChoice } from './ReportForm.tsx';
import { SOURCE_KIND_CHOICES } from './SourcePicker.tsx';
import { SelectionContext, selectionStore, useSelected, UseSelectedButton, type Selected } from './selected-words.tsx';
import { articleFieldId } from './go-to-field.ts';
import { useAfterPaint } from './use-after-paint.ts';
import type { DraftHistory } from './use-draft-history.ts';
import { useTextSha256 } from './use-text-sha256.ts';

export interface DraftEditorProps {
  history: DraftHistory;
  /** The comparison as readers will see it, drawn by the app with the reader's own components. */
  renderPreview: (pack: PackDraft, claimId: string) => ReactNode;
  onClose: () => void;
}

/** Starts a file download of `text`, named `fileName`, without a request. */
function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url));
}

/** An open draft: the text to select in, the claims and their reports, the preview and the export. */
export function DraftEditor({ history, renderPreview, onClose }: DraftEditorProps) {
  const { state, edit } = history;
  const { pack } = state;
  const body = useMemo(() => bodyText(pack.article.blocks), [pack.article.blocks]);
  // The checks, the marks and the preview follow the pack once the frame showing an edit is painted,
  // in a render React may interrupt; each remembers what it found, so an edit re-checks only what it changed.
  const settled = useAfterPaint(pack);
  const sha256 = useTextSha256(body.text);
  const [checkPack] = useState(packChecker);
  const [anchors] = useState(anchorMemory);
  // The same list while the checks find the same things, so forms whose problems did not change are not redrawn.
  const [sameProblems] = useState(() => keepWhileEqual(sameProblemList));
  const problems = useMemo(() => sameProblems(checkPack(settled, sha256)), [sameProblems, checkPack, settled, sha256]);
  const selection = useMemo(() => selectionStore(body.text), [body.text]);
  const [requested, setRequested] = useState<TextRange | undefined>();
  /**
   * The claim being edited, by its id, and its place among the claims when it was opened. An undo or redo that
   * takes back its new id leaves no claim by that id: the claim in its place stays open, not the last one.
   */
  const [open, setOpen] = useState<{ id: string | undefined; place: number }>({ id: pack.claims[0]?.id, place: 0 });
  const [targetClaimId, setTargetClaimId] = useState('');
  const [exportMessage, setExportMessage] = useState('');
  /** Whether the last export or save was refused for the pack's problems, which are then listed. */
  const [refused, setRefused] = useState(false);
  const openClaim =
    open.id === undefined ? pack.claims.at(-1) : (pack.claims.find((c) => c.id === open.id) ?? pack.claims[Math.min(open.place, pack.claims.length - 1)]);

  const setPack = useCallback((next: PackDraft, group?: string) => edit({ ...state, pack: next }, group), [edit, state]);
  // For the forms: an edit made from the pack as it stands when the editor acts, by a function that never changes.
  const latest = useRef(pack);
  useLayoutEffect(() => {
    latest.current = pack;
  }, [pack]);
  const editPack = useCallback<EditPack>(
    (change, group) => {
      latest.current = change(latest.current);
      edit({ pack: latest.current }, group);
    },
    [edit],
  );
  const onSelect = useCallback((range: TextRange | undefined) => selection.set(range), [selection]);
  // A claim not in the pack yet is one just added, at the end.
  const openClaimById = useCallback((id: string) => {
    const place = latest.current.claims.findIndex((c) => c.id === id);
    setOpen({ id, place: place < 0 ? latest.current.claims.length : place });
  }, []);
  const followRename = useCallback((id: string) => setOpen((was) => ({ id, place: was.place })), []);

  // The marks stay the same list while no quote moved, so the text is not redrawn for a keystroke in a form.
  const [sameMarks] = useState(() => keepWhileEqual(sameMarkList));
  const [placeQuotes] = useState(() => quotePlacer(anchors));
  const { marks, orphans } = useMemo(() => {
    const placed = placeQuotes(body.text, settled.claims);
    return { marks: sameMarks(placed.flatMap((p) => p.marks)), orphans: placed.flatMap((p) => p.orphans) };
  }, [placeQuotes, sameMarks, settled.claims, body.text]);
  const [rejected, setRejected] = useState<ReadonlySet<string>>(new Set());
  const requote = (claimId: string, reportId: string, range: TextRange) =>
    setPack(updateReport(pack, claimId, reportId, (r) => ({ ...r, quote: quoteSelector(body.text, range).selector })));

  const newReport = (claim: Claim | undefined, range: TextRange): Report => {
    const { selector } = quoteSelector(body.text, range);
    const figure = figureFromWords(selector.exact);
    return {
      id: uniqueId('report', claim?.reports.map((r) => r.id) ?? []),
      sourceIds: [],
      quote: selector,
      ...(figure && {
        figure: { qualifier: 'exact', kind: 'other', unit: '', counts: '', ...figure },
      }),
    };
  };

  const newClaim = ({ range, words }: Selected) => {
    const report = newReport(undefined, range);
    const base = slugify(report.figure?.counts ?? words.split(/\s+/).slice(0, 4).join(' '));
    const id = uniqueId(base || 'claim', pack.claims.map((c) => c.id));
    setPack(addClaim(pack, { id, title: '', question: '', kind: report.figure ? 'figure' : 'statement', reports: [report] }));
    openClaimById(id);
  };

  const addToClaim = ({ range }: Selected) => {
    const claim = pack.claims.find((c) => c.id === (targetClaimId || openClaim?.id));
    if (!claim) return;
    setPack(addReport(pack, claim.id, newReport(claim, range)));
    openClaimById(claim.id);
  };

  /** Refuses an export or a save while the pack has errors: says how many, and lists them. */
  const refuse = (action: 'exported' | 'saved') => {
    const errors = exportErrors(checkPack(pack, sha256));
    setRefused(errors.length > 0);
    if (errors.length === 0) return false;
    const n = errors.length;
    setExportMessage(`Not ${action}: the pack has ${n} ${n === 1 ? 'problem, shown next to its field' : 'problems, shown next to their fields'} and listed below.`);
    return true;
  };

  const exportPack = () => {
    if (refuse('exported')) return;
    download(packFileName(pack), packJson(pack));
    setExportMessage(`Exported ${packFileName(pack)}.`);
  };

  /** Development only (`npm run studio`): the dev server writes the pack into the project. */
  const saveToProject = async () => {
    if (refuse('saved')) return;
    const response = await fetch('/__tally/save-pack', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: packJson(pack) }).catch(() => undefined);
    const result = (await response?.json().catch(() => undefined)) as { file?: string; previous?: string; problems?: string[] } | undefined;
    if (response?.ok && result?.file) {
      setExportMessage(`Saved to ${result.file}${result.previous ? `; the previous version is kept in ${result.previous}` : ''}.`);
    } else {
      setExportMessage(`Not saved: ${result?.problems?.join('; ') ?? 'the development server did not answer. Export the pack instead.'}`);
    }
  };

  const claimIndex = openClaim ? pack.claims.indexOf(openClaim) : -1;
  const closeClaim = useCallback(() => setOpen({ id: undefined, place: 0 }), []);
  // The same element while the settled pack and the claim stay, so a selection or a keystroke does not redraw the comparison.
  const previewClaimId = openClaim?.id;
  const preview = useMemo(() => previewClaimId && renderPreview(settled, previewClaimId), [renderPreview, settled, previewClaimId]);
  const articleField = (label: string, key: 'title' | 'id' | 'published', hint?: string) => (
    <Field label={label} hint={hint} problems={problemsAt(problems, `article.${key}`)}>
      {(d, invalid) => (
        <input
          id={articleFieldId(`article.${key}`)}
          type={key === 'published' ? 'date' : 'text'}
          value={pack.article[key]}
          aria-describedby={d}
          aria-invalid={invalid || undefined}
          onChange={(e) => setPack(updateArticle(pack, { [key]: e.target.value }), `article.${key}`)}
        />
      )}
    </Field>
  );

  return (
    <SelectionContext value={selection}>
      <div className="studio-editor">
        <div className="studio-actions" role="toolbar" aria-label="Draft">
          <button type="button" onClick={history.undo} disabled={!history.canUndo} aria-keyshortcuts="Control+Z Meta+Z">
            Undo
          </button>
          <button type="button" onClick={history.redo} disabled={!history.canRedo} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z">
            Redo
          </button>
          <button type="button" onClick={exportPack}>
            Export pack
          </button>
          {import.meta.env.DEV && (
            <button type="button" onClick={() => void saveToProject()}>
              Save to project
            </button>
          )}
          <button type="button" onClick={onClose}>
            Close draft
          </button>
        </div>
        <div role="status" className="studio-export-status">
          {exportMessage}
        </div>
        {refused && problems.length > 0 && (
          <ul className="studio-problem-list" aria-label="Problems to fix before saving or export">
            {problems.map((p, i) => (
              <li key={i}>{describeForEditor(p, pack)}</li>
            ))}
          </ul>
        )}

        {orphans.length > 0 && (
          <section className="studio-card studio-orphans" aria-labelledby="orphans-title">
            <h2 id="orphans-title">Quotes that no longer match the text</h2>
            <p className="studio-hint">Each is shown, never moved on its own: confirm the suggested place or choose the words yourself.</p>
            <ul>
              {orphans.map(({ claim, report, reason, suggestion }) => {
                const key = `${claim.id}/${report.id}`;
                const label = `${claim.title || claim.id}, report ${report.id}`;
                return (
                  <li key={key} aria-label={label}>
                    <p>
                      <strong>{label}</strong>: “{report.quote.exact}” — {reason}.
                    </p>
                    {suggestion && !rejected.has(key) ? (
                      <p>
                        Suggested: “{suggestion.words}” ({suggestion.errors} {suggestion.errors === 1 ? 'character differs' : 'characters differ'}){' '}
                        <button type="button" onClick={() => requote(claim.id, report.id, suggestion.range)}>
                          Accept suggestion
                        </button>
                        <button type="button" onClick={() => setRejected(new Set([...rejected, key]))}>
                          Reject suggestion
                        </button>
                      </p>
                    ) : (
                      <p>
                        {suggestion ? 'Suggestion rejected.' : 'No close passage found.'} Select the right words in the text, then{' '}
                        <UseSelectedButton onUse={({ range }) => requote(claim.id, report.id, range)}>Use selected words as the quote</UseSelectedButton>
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        )}

        <details className="studio-card" open={!pack.article.title || !pack.article.outlet.name || !pack.article.published || problems.some((p) => isArticleProblem(p) && p.severity === 'error' && p.path !== 'article.origin.textSha256')}>
          <summary>Article: {pack.article.title || 'untitled'}</summary>
          {/* Forms of their own, as each report's (ReportForm.tsx says why). */}
          <form onSubmit={keepOnPage}>
            {articleField('Title', 'title')}
            {articleField('Article id', 'id', '(its address and file name)')}
            <Field label="Outlet" problems={problemsAt(problems, 'article.outlet')}>
              {(d, invalid) => (
                <input id={articleFieldId('article.outlet')} value={pack.article.outlet.name} aria-describedby={d} aria-invalid={invalid || undefined} onChange={(e) => setPack(updateArticle(pack, { outlet: { ...pack.article.outlet, name: e.target.value } }), 'article.outlet')} />
              )}
            </Field>
            {articleField('Date published', 'published')}
            <Field label="Byline or credit" hint="(optional: “By Mira Okafor”, or the agencies credited)" problems={problemsAt(problems, 'article.credit')}>
              {(d, invalid) => (
                <input
                  id={articleFieldId('article.credit')}
                  value={pack.article.credit ?? ''}
                  aria-describedby={d}
                  aria-invalid={invalid || undefined}
                  onChange={(e) => setPack(updateArticle(pack, { credit: e.target.value || undefined }), 'article.credit')}
                />
              )}
            </Field>
            <Field label="Web address" hint="(required: Tally’s exports point to it)" problems={problemsAt(problems, 'article.origin.url')}>
              {(d, invalid) => (
                <input id={articleFieldId('article.origin.url')} type="url" value={pack.article.origin.url} aria-describedby={d} aria-invalid={invalid || undefined} onChange={(e) => setPack(updateArticle(pack, { origin: { ...pack.article.origin, url: e.target.value } }), 'article.origin.url')} />
              )}
            </Field>
            <Field label="Date retrieved" problems={problemsAt(problems, 'article.origin.retrieved')}>
              {(d, invalid) => (
                <input id={articleFieldId('article.origin.retrieved')} type="date" value={pack.article.origin.retrieved} aria-describedby={d} aria-invalid={invalid || undefined} onChange={(e) => setPack(updateArticle(pack, { origin: { ...pack.article.origin, retrieved: e.target.value } }), 'article.origin.retrieved')} />
              )}
            </Field>
          </form>
        </details>

        <div className="studio-columns">
          <section aria-labelledby="studio-text-title" className="studio-text-column">
            <h2 id="studio-text-title">Text</h2>
            <FindWords text={body.text} onFound={setRequested} />
            <ArticleText body={body} marks={marks} requested={requested} onSelect={onSelect} />
            <SelectionToolbar claims={pack.claims} target={targetClaimId || openClaim?.id} onTarget={setTargetClaimId} onNewClaim={newClaim} onAddToClaim={addToClaim} />
          </section>

          <section aria-labelledby="studio-claims-title" className="studio-claims-column">
            <h2 id="studio-claims-title">Claims</h2>
            {problemsAt(problems, 'claims')
              .filter((p) => p.path === 'claims')
              .map((p, i) => (
                <p key={i} className="studio-hint">
                  {editorMessage(p)}
                </p>
              ))}
            {pack.claims.length > 1 && (
              <ClaimChoice label="Claim being edited" claims={pack.claims} value={openClaim?.id} onChoose={openClaimById} />
            )}
            {openClaim && (
              <ClaimForm
                // By place, not id: typing a new id in the form keeps the form (and the focus) where it is.
                key={claimIndex}
                claim={openClaim}
                path={`claims[${claimIndex}]`}
                sources={pack.sources}
                places={pack.places}
                text={body.text}
                problems={problems}
                editPack={editPack}
                onRemoved={closeClaim}
                onRenamed={followRename}
              />
            )}
            {pack.sources.length > 0 && <SourcesForm sources={pack.sources} problems={problems} editPack={editPack} />}
          </section>

          {openClaim && (
            <section aria-label="Preview: the comparison as readers will see it" className="studio-preview">
              {preview}
            </section>
          )}
        </div>
      </div>
    </SelectionContext>
  );
}

/**
 * The open claim's fields and its reports' forms. Drawn again when the claim, the sources, the places or
 * the problems change; of its reports, only the one edited is.
 */
const ClaimForm = memo(function ClaimForm({ claim, path, sources, places, text, problems, editPack, onRemoved, onRenamed }: {
  claim: Claim;
  path: string;
  sources: readonly Source[];
  places: readonly Place[];
  text: string;
  problems: readonly PackProblem[];
  editPack: EditPack;
  onRemoved: () => void;
  /** The claim's id was changed: the claim stays the one open. */
  onRenamed: (claimId: string) => void;
}) {
  const claimId = claim.id;
  const change = (patch: Partial<Claim>, group?: string) => editPack((pack) => updateClaim(pack, claimId, patch), group);
  // Keystrokes in one field undo as one step; the group is named by the claim's place, which typing its id keeps.
  const field = (label: string, key: 'title' | 'question' | 'id', hint?: string) => (
    <Field label={label} hint={hint} problems={problemsAt(problems, `${path}.${key}`)}>
      {(d, invalid) => (
        <input
          value={claim[key]}
          aria-describedby={d}
          aria-invalid={invalid || undefined}
          onChange={(e) => {
            change({ [key]: e.target.value }, `${path}.${key}`);
            if (key === 'id') onRenamed(e.target.value);
          }}
        />
      )}
    </Field>
  );
  const [formKeys, setFormKeys] = useState(() => followFormKeys(undefined, claim.reports));
  const keys = followFormKeys(formKeys, claim.reports);
  // Kept for the next render (React's way to remember what an earlier render saw).
  if (keys !== formKeys) setFormKeys(keys);
  // What "part of another report's total" offers: the same list while no report's id or figure words change.
  const choicesKey = JSON.stringify(
    claim.reports.map((r, i): ReportChoice => ({
      id: r.id,
      number: i + 1,
      sources: r.sourceIds.map((id) => sources.find((s) => s.id === id)?.name ?? id).join(', '),
      words: r.figure?.words ?? r.quote.exact,
    })),
  );
  const choices = useMemo(() => JSON.parse(choicesKey) as ReportChoice[], [choicesKey]);
  return (
    <div className="studio-claim">
      <h3>{claim.title || 'New claim'}</h3>
      <form onSubmit={keepOnPage}>
        {field('Claim title', 'title', '(“Death toll in Aleppo”)')}
        {field('Question', 'question', '(“How many people were killed…?”)')}
        {field('Claim id', 'id', '(in links)')}
        <Field label="Kind" problems={problemsAt(problems, `${path}.kind`)}>
          {() => (
            <select value={claim.kind} onChange={(e) => change({ kind: e.target.value as Claim['kind'] })}>
              <option value="figure">a figure</option>
              <option value="statement">a statement</option>
            </select>
          )}
        </Field>
        <ClaimDetails claim={claim} path={path} problems={problems} onChange={(patch, key) => change(patch, `${claimId}.${key}`)} />
      </form>
      <ol className="studio-reports">
        {claim.reports.map((report, r) => (
          <li key={keys.keys[r]} aria-label={`Report ${r + 1}`}>
            <h4>Report {r + 1}</h4>
            <ReportForm
              claimId={claimId}
              index={r}
              path={`${path}.reports[${r}]`}
              report={report}
              kind={claim.kind}
              text={text}
              sources={sources}
              places={places}
              choices={choices}
              problems={problems}
              editPack={editPack}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="studio-danger"
        onClick={() => {
          editPack((pack) => removeClaim(pack, claimId));
          onRemoved();
        }}
      >
        Remove this claim
      </button>
    </div>
  );
});

/** Keys for a claim's report forms, with the report ids they were given for. */
interface FormKeys {
  ids: readonly string[];
  keys: readonly number[];
  next: number;
}

/**
 * Keys for the report forms that do not follow the reports' ids, so that typing a report's id (a new id
 * at each keystroke) keeps its form, and the focus in it. While the number of reports stays, each form
 * keeps its place; when a report is added or removed, each report keeps its form by id, and a new one
 * gets a new key.
 */
function followFormKeys(last: FormKeys | undefined, reports: readonly Report[]): FormKeys {
  const ids = reports.map((r) => r.id);
  if (!last) return { ids, keys: ids.map((_, i) => i), next: ids.length };
  if (ids.length === last.ids.length && ids.every((id, i) => id === last.ids[i])) return last;
  if (ids.length === last.ids.length) return { ...last, ids };
  const before = new Map<string, number>();
  last.ids.forEach((id, i) => before.set(id, last.keys[i]!));
  let next = last.next;
  const used = new Set<number>();
  const keys = ids.map((id) => {
    const key = before.get(id);
    if (key === undefined || used.has(key)) return next++;
    used.add(key);
    return key;
  });
  return { ids, keys, next };
}

/**
 * The pack's sources, each editable. A long article may have many: they are drawn only while the list
 * is open, and drawn again only when a source or a problem changes.
 */
const SourcesForm = memo(function SourcesForm({ sources, problems, editPack }: { sources: readonly Source[]; problems: readonly PackProblem[]; editPack: EditPack }) {
  const [open, setOpen] = useState(false);
  const change = (sourceId: string, patch: Partial<Source>, group?: string) => editPack((pack) => updateSource(pack, sourceId, patch), group);
  return (
    <details className="studio-card" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Sources ({sources.length})</summary>
      {open &&
        sources.map((source, s) => {
          const at = (key: string) => problemsAt(problems, `sources[${s}].${key}`);
          const text = (label: string, key: 'name' | 'shortName' | 'description') => (
            <Field label={`${label}`} problems={at(key)}>
              {(d, invalid) => (
                <input
                  value={source[key] ?? ''}
                  aria-describedby={d}
                  aria-invalid={invalid || undefined}
                  onChange={(e) => change(source.id, { [key]: key === 'description' && !e.target.value ? undefined : e.target.value }, `${source.id}.${key}`)}
                />
              )}
            </Field>
          );
          return (
            <form key={source.id} onSubmit={keepOnPage}>
              <fieldset>
                <legend>{source.name}</legend>
                {text('Name', 'name')}
                {text('Short name', 'shortName')}
                {text('Who they are, in the article’s words', 'description')}
                <Field label="Other names in the article" hint="(separated by commas)" problems={at('aliases')}>
                  {() => (
                    <input
                      value={(source.aliases ?? []).join(', ')}
                      onChange={(e) => {
                        // Empty names are kept while typing ("A, " before the next name); the checks flag any left.
                        const aliases = e.target.value.split(',').map((a) => a.trimStart());
                        change(source.id, { aliases: e.target.value.trim() ? aliases : undefined }, `${source.id}.aliases`);
                      }}
                    />
                  )}
                </Field>
                <Field label="Kind" problems={at('kind')}>
                  {() => (
                    <select value={source.kind} onChange={(e) => change(source.id, { kind: e.target.value as Source['kind'] })}>
                      {SOURCE_KIND_CHOICES.map(([k, label]) => (
                        <option key={k} value={k}>
                          {label}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              </fieldset>
            </form>
          );
        })}
    </details>
  );
});

/** Longer selections are named by their start and end, so the toolbar stays small over the text it sits on. */
const SELECTED_SHOWN = 120;

/** "Selected: “at least 27 civilians”", or for a long passage its ends and its length in words. */
function selectedLine(words: string): string {
  const shown = clipMiddle(words, SELECTED_SHOWN);
  if (shown === words) return `Selected: “${words}”`;
  const count = words.split(/\s+/).filter(Boolean).length;
  return `Selected: “${shown}” (${count} ${count === 1 ? 'word' : 'words'})`;
}

/** What to do with the words selected in the text; the only part of the editor a new selection redraws. */
function SelectionToolbar({ claims, target, onTarget, onNewClaim, onAddToClaim }: {
  claims: readonly Claim[];
  /** The claim "Add to claim…" adds to. */
  target: string | undefined;
  onTarget: (claimId: string) => void;
  onNewClaim: (selected: Selected) => void;
  onAddToClaim: (selected: Selected) => void;
}) {
  const selected = useSelected();
  return (
    <div className="studio-toolbar" role="toolbar" aria-label="Selected words">
      <p className="studio-selected" aria-live="polite">
        {selected ? selectedLine(selected.words) : 'Select words in the text, or find them by typing.'}
      </p>
      <button type="button" disabled={!selected} onClick={() => selected && onNewClaim(selected)}>
        New claim
      </button>
      {claims.length > 0 && (
        <>
          <ClaimChoice label="Claim to add the words to" labelHidden claims={claims} value={target} onChoose={onTarget} />
          <button type="button" disabled={!selected} onClick={() => selected && onAddToClaim(selected)}>
            Add to claim…
          </button>
        </>
      )}
    </div>
  );
}

/** A report whose quote is no longer found in the text, with why, and a close passage if there is one. */
interface Orphan {
  claim: Claim;
  report: Report;
  reason: string;
  suggestion: ReturnType<typeof suggestPlace>;
}

/**
 * Where each claim's quotes sit in the text (marks) or why they do not (orphans), remembered by claim
 * object for one text: after an edit, only the claim it changed is placed again.
 */
function quotePlacer(anchors: AnchorMemory) {
  let known: { text: string; byClaim: WeakMap<Claim, { marks: Mark[]; orphans: Orphan[] }> } | undefined;
  const place = (text: string, claim: Claim) => {
    const anchored = anchorQuotesRemembered(text, claim.reports.map((report) => report.quote), anchors);
    return {
      marks: claim.reports.flatMap((report, i) => {
        const anchor = anchored[i]!;
        return anchor.ok ? [{ ...anchor.range, key: `${claim.id}/${report.id}` }] : [];
      }),
      orphans: claim.reports.flatMap((report, i) => {
        const anchor = anchored[i]!;
        return anchor.ok ? [] : [{ claim, report, reason: describeAnchorFailure(anchor), suggestion: suggestPlace(text, report.quote) }];
      }),
    };
  };
  return (text: string, claims: readonly Claim[]) => {
    if (known?.text !== text) known = { text, byClaim: new WeakMap() };
    const { byClaim } = known;
    // The quotes of claims new or changed are searched for together, in one pass over the text.
    anchorQuotesRemembered(text, claims.flatMap((claim) => (byClaim.has(claim) ? [] : claim.reports.map((report) => report.quote))), anchors);
    return claims.map((claim) => {
      let placed = byClaim.get(claim);
      if (!placed) byClaim.set(claim, (placed = place(text, claim)));
      return placed;
    });
  };
}

/**
 * A function that returns the value it was last given while `equal` holds, so that a derived list
 * recomputed after every edit stays the same object while its contents do (and memoised parts skip it).
 */
function keepWhileEqual<T>(equal: (a: T, b: T) => boolean): (value: T) => T {
  let kept: { value: T } | undefined;
  return (value) => {
    if (!kept || !equal(kept.value, value)) kept = { value };
    return kept.value;
  };
}

const sameProblemList = (a: PackProblem[], b: PackProblem[]) =>
  a.length === b.length && a.every((p, i) => p.path === b[i]!.path && p.message === b[i]!.message && p.severity === b[i]!.severity && p.fix === b[i]!.fix);

const sameMarkList = (a: Mark[], b: Mark[]) =>
  a.length === b.length && a.every((m, i) => m.start === b[i]!.start && m.end === b[i]!.end && m.key === b[i]!.key);

/**
 * A list of the draft's claims to choose one from, named by title (or id while the title is empty).
 * NOTE: React sets a `<select>`'s value again, walking its options, whenever the element is drawn
 * again; a long article has a thousand claims, so the list is drawn again only when its value, an id
 * or a title changed, never for a keystroke elsewhere or a new selection of words.
 */
const ClaimChoice = memo(
  function ClaimChoice({ label, labelHidden, claims, value, onChoose }: {
    label: string;
    /** Named for screen readers only (the toolbar's "Add to claim…" says what it is for). */
    labelHidden?: boolean;
    claims: readonly { id: string; title: string }[];
    value: string | undefined;
    onChoose: (claimId: string) => void;
  }) {
    return (
      <label>
        <span className={labelHidden ? 'visually-hidden' : 'studio-label'}>{label}</span>
        <select value={value} onChange={(e) => onChoose(e.target.value)}>
          {claims.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title || c.id}
            </option>
          ))}
        </select>
      </label>
    );
  },
  (before, after) =>
    before.label === after.label &&
    before.labelHidden === after.labelHidden &&
    before.value === after.value &&
    before.onChoose === after.onChoose &&
    // The same list (a redraw for a selection, say) is the same options without looking at a thousand claims.
    (before.claims === after.claims ||
      (before.claims.length === after.claims.length &&
        before.claims.every((c, i) => c.id === after.claims[i]!.id && c.title === after.claims[i]!.title))),
);
