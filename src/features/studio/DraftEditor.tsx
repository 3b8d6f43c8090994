import { useCallback, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { anchorQuotes, describeAnchorFailure, type TextRange } from '../../core/anchor-quote.ts';
import { suggestPlace } from '../../core/orphan-suggestions.ts';
import { bodyText } from '../../core/article-text.ts';
import { figureFromWords } from '../../core/figure-from-words.ts';
import {
  addClaim,
  addReport,
  addSource,
  checkPack,
  exportErrors,
  packFileName,
  packJson,
  placeNamed,
  removeClaim,
  removeReport,
  slugify,
  uniqueId,
  updateArticle,
  updateClaim,
  updatePlace,
  updateReport,
  updateSource,
  type PackDraft,
} from '../../core/pack-draft.ts';
import { quoteSelector } from '../../core/quote-selector.ts';
import type { Claim, Report, Source } from '../../core/schema.ts';
import { ArticleText } from './ArticleText.tsx';
import { ClaimDetails } from './ClaimDetails.tsx';
import { Field, problemsAt } from './Field.tsx';
import { FindWords } from './FindWords.tsx';
import { ReportForm } from './ReportForm.tsx';
import type { DraftHistory } from './use-draft-history.ts';
import { useTextSha256 } from './use-text-sha256.ts';

export interface DraftEditorProps {
  history: DraftHistory;
  /** The comparison as readers will see it, drawn by the app with the reader's own components. */
  renderPreview: (pack: PackDraft, claimId: string) => ReactNode;
  onClose: () => void;
}

const SOURCE_KINDS: Source['kind'][] = ['person', 'organisation', 'officials', 'media', 'unnamed', 'outlet'];

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
  // The checks, the marks and the preview follow the pack a moment behind, in a render React may
  // interrupt: a keystroke paints first, and a long article is re-checked after.
  const settled = useDeferredValue(pack);
  const sha256 = useTextSha256(body.text);
  const problems = useMemo(() => checkPack(settled, sha256), [settled, sha256]);
  const [selection, setSelection] = useState<TextRange | undefined>();
  const [requested, setRequested] = useState<TextRange | undefined>();
  const [openClaimId, setOpenClaimId] = useState<string | undefined>(pack.claims[0]?.id);
  const [targetClaimId, setTargetClaimId] = useState('');
  const [exportMessage, setExportMessage] = useState('');
  const openClaim = pack.claims.find((c) => c.id === openClaimId) ?? pack.claims.at(-1);

  const setPack = useCallback((next: PackDraft, group?: string) => edit({ ...state, pack: next }, group), [edit, state]);
  const onSelect = useCallback((range: TextRange | undefined) => setSelection(range), []);
  const selectedWords = selection && body.text.slice(selection.start, selection.end);

  const { marks, orphans } = useMemo(() => {
    const reports = settled.claims.flatMap((claim) => claim.reports.map((report) => ({ claim, report })));
    const anchors = anchorQuotes(body.text, reports.map(({ report }) => report.quote));
    return {
      marks: reports.flatMap(({ claim, report }, i) => {
        const anchor = anchors[i]!;
        return anchor.ok ? [{ ...anchor.range, key: `${claim.id}/${report.id}` }] : [];
      }),
      orphans: reports.flatMap(({ claim, report }, i) => {
        const anchor = anchors[i]!;
        return anchor.ok ? [] : [{ claim, report, reason: describeAnchorFailure(anchor), suggestion: suggestPlace(body.text, report.quote) }];
      }),
    };
  }, [settled.claims, body.text]);
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

  const newClaim = () => {
    if (!selection) return;
    const report = newReport(undefined, selection);
    const base = slugify(report.figure?.counts ?? body.text.slice(selection.start, selection.end).split(/\s+/).slice(0, 4).join(' '));
    const id = uniqueId(base || 'claim', pack.claims.map((c) => c.id));
    setPack(addClaim(pack, { id, title: '', question: '', kind: report.figure ? 'figure' : 'statement', reports: [report] }));
    setOpenClaimId(id);
  };

  const addToClaim = () => {
    const claim = pack.claims.find((c) => c.id === (targetClaimId || openClaim?.id));
    if (!selection || !claim) return;
    setPack(addReport(pack, claim.id, newReport(claim, selection)));
    setOpenClaimId(claim.id);
  };

  const exportPack = () => {
    const problems = exportErrors(checkPack(pack, sha256));
    if (problems.length > 0) {
      setExportMessage(`Not exported: the pack has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}, shown next to their fields and listed below.`);
      return;
    }
    download(packFileName(pack), packJson(pack));
    setExportMessage(`Exported ${packFileName(pack)}.`);
  };

  /** Development only (`npm run studio`): the dev server writes the pack into the project. */
  const saveToProject = async () => {
    if (exportErrors(checkPack(pack, sha256)).length > 0) return exportPack();
    const response = await fetch('/__tally/save-pack', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: packJson(pack) }).catch(() => undefined);
    const result = (await response?.json().catch(() => undefined)) as { file?: string; previous?: string; problems?: string[] } | undefined;
    if (response?.ok && result?.file) {
      setExportMessage(`Saved to ${result.file}${result.previous ? `; the previous version is kept in ${result.previous}` : ''}.`);
    } else {
      setExportMessage(`Not saved: ${result?.problems?.join('; ') ?? 'the development server did not answer. Export the pack instead.'}`);
    }
  };

  const claimIndex = openClaim ? pack.claims.indexOf(openClaim) : -1;
  const articleField = (label: string, key: 'title' | 'id' | 'published', hint?: string) => (
    <Field label={label} hint={hint} problems={problemsAt(problems, `article.${key}`)}>
      {(d, invalid) => (
        <input
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
      {exportMessage.startsWith('Not exported') && (
        <ul className="studio-problem-list" aria-label="Problems to fix before export">
          {problems.map((p, i) => (
            <li key={i}>
              {p.path || 'the pack'}: {p.message}
            </li>
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
                      <button type="button" disabled={!selection} onClick={() => selection && requote(claim.id, report.id, selection)}>
                        Use selected words as the quote
                      </button>
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <details className="studio-card" open={!pack.article.title || !pack.article.outlet.name || !pack.article.published}>
        <summary>Article: {pack.article.title || 'untitled'}</summary>
        {articleField('Title', 'title')}
        {articleField('Article id', 'id', '(its address and file name)')}
        <Field label="Outlet" problems={problemsAt(problems, 'article.outlet')}>
          {(d, invalid) => (
            <input value={pack.article.outlet.name} aria-describedby={d} aria-invalid={invalid || undefined} onChange={(e) => setPack(updateArticle(pack, { outlet: { ...pack.article.outlet, name: e.target.value } }), 'article.outlet')} />
          )}
        </Field>
        {articleField('Date published', 'published')}
        <Field label="Web address" problems={problemsAt(problems, 'article.origin.url')}>
          {(d, invalid) => (
            <input type="url" value={pack.article.origin.url} aria-describedby={d} aria-invalid={invalid || undefined} onChange={(e) => setPack(updateArticle(pack, { origin: { ...pack.article.origin, url: e.target.value } }), 'article.origin.url')} />
          )}
        </Field>
        <Field label="Date retrieved" problems={problemsAt(problems, 'article.origin.retrieved')}>
          {(d, invalid) => (
            <input type="date" value={pack.article.origin.retrieved} aria-describedby={d} aria-invalid={invalid || undefined} onChange={(e) => setPack(updateArticle(pack, { origin: { ...pack.article.origin, retrieved: e.target.value } }), 'article.origin.retrieved')} />
          )}
        </Field>
      </details>

      <div className="studio-columns">
        <section aria-labelledby="studio-text-title" className="studio-text-column">
          <h2 id="studio-text-title">Text</h2>
          <FindWords text={body.text} onFound={setRequested} />
          <ArticleText body={body} marks={marks} requested={requested} onSelect={onSelect} />
          <div className="studio-toolbar" role="toolbar" aria-label="Selected words">
            <p className="studio-selected" aria-live="polite">
              {selectedWords ? `Selected: “${selectedWords}”` : 'Select words in the text, or find them by typing.'}
            </p>
            <button type="button" disabled={!selection} onClick={newClaim}>
              New claim
            </button>
            {pack.claims.length > 0 && (
              <>
                <label>
                  <span className="visually-hidden">Claim to add the words to</span>
                  <select value={targetClaimId || openClaim?.id} onChange={(e) => setTargetClaimId(e.target.value)}>
                    <ClaimOptions claims={pack.claims} />
                  </select>
                </label>
                <button type="button" disabled={!selection} onClick={addToClaim}>
                  Add to claim…
                </button>
              </>
            )}
          </div>
        </section>

        <section aria-labelledby="studio-claims-title" className="studio-claims-column">
          <h2 id="studio-claims-title">Claims</h2>
          {problemsAt(problems, 'claims')
            .filter((p) => p.path === 'claims')
            .map((p, i) => (
              <p key={i} className="studio-hint">
                {p.message}
              </p>
            ))}
          {pack.claims.length > 1 && (
            <label>
              <span className="studio-label">Claim being edited</span>
              <select value={openClaim?.id} onChange={(e) => setOpenClaimId(e.target.value)}>
                <ClaimOptions claims={pack.claims} />
              </select>
            </label>
          )}
          {openClaim && (
            <ClaimForm
              key={openClaim.id}
              claim={openClaim}
              path={`claims[${claimIndex}]`}
              pack={pack}
              text={body.text}
              problems={problems}
              selectedWords={selectedWords}
              setPack={setPack}
              onRemoved={() => setOpenClaimId(undefined)}
            />
          )}
          {pack.sources.length > 0 && <SourcesForm pack={pack} problems={problems} setPack={setPack} />}
        </section>

        {openClaim && (
          <section aria-label="Preview: the comparison as readers will see it" className="studio-preview">
            {renderPreview(settled, openClaim.id)}
          </section>
        )}
      </div>
    </div>
  );
}

function ClaimForm({ claim, path, pack, text, problems, selectedWords, setPack, onRemoved }: {
  claim: Claim;
  path: string;
  pack: PackDraft;
  text: string;
  problems: ReturnType<typeof checkPack>;
  selectedWords: string | undefined;
  setPack: (pack: PackDraft, group?: string) => void;
  onRemoved: () => void;
}) {
  const field = (label: string, key: 'title' | 'question' | 'id', hint?: string) => (
    <Field label={label} hint={hint} problems={problemsAt(problems, `${path}.${key}`)}>
      {(d, invalid) => (
        <input value={claim[key]} aria-describedby={d} aria-invalid={invalid || undefined} onChange={(e) => setPack(updateClaim(pack, claim.id, { [key]: e.target.value }), `${claim.id}.${key}`)} />
      )}
    </Field>
  );
  const createSource = (report: Report, name: string) => {
    const id = uniqueId(slugify(name) || 'source', pack.sources.map((s) => s.id));
    const withSource = addSource(pack, { id, name, shortName: name, kind: 'person' });
    setPack(updateReport(withSource, claim.id, report.id, (r) => ({ ...r, sourceIds: [...r.sourceIds, id] })));
  };
  return (
    <div className="studio-claim">
      <h3>{claim.title || 'New claim'}</h3>
      {field('Claim title', 'title', '(“Death toll in Aleppo”)')}
      {field('Question', 'question', '(“How many people were killed…?”)')}
      {field('Claim id', 'id', '(in links)')}
      <Field label="Kind" problems={problemsAt(problems, `${path}.kind`)}>
        {() => (
          <select value={claim.kind} onChange={(e) => setPack(updateClaim(pack, claim.id, { kind: e.target.value as Claim['kind'] }))}>
            <option value="figure">a figure</option>
            <option value="statement">a statement</option>
          </select>
        )}
      </Field>
      <ClaimDetails claim={claim} path={path} problems={problems} onChange={(patch, key) => setPack(updateClaim(pack, claim.id, patch), `${claim.id}.${key}`)} />
      <ol className="studio-reports">
        {claim.reports.map((report, r) => (
          <li key={report.id + r} aria-label={`Report ${r + 1}`}>
            <h4>Report {r + 1}</h4>
            <ReportForm
              path={`${path}.reports[${r}]`}
              report={report}
              kind={claim.kind}
              text={text}
              sources={pack.sources}
              places={pack.places}
              siblings={claim.reports}
              problems={problems}
              selectedWords={selectedWords}
              onChange={(update, fieldName) =>
                setPack(updateReport(pack, claim.id, report.id, update), fieldName && `${claim.id}.${r}.${fieldName}`)
              }
              onChooseSource={(sourceId) =>
                setPack(updateReport(pack, claim.id, report.id, (x) => ({ ...x, sourceIds: x.sourceIds.includes(sourceId) ? x.sourceIds : [...x.sourceIds, sourceId] })))
              }
              onCreateSource={(name) => createSource(report, name)}
              onPlace={(words) => {
                if (!words) return setPack(updateReport(pack, claim.id, report.id, (x) => ({ ...x, place: undefined })));
                const named = placeNamed(pack, words);
                setPack(updateReport(named.pack, claim.id, report.id, (x) => ({ ...x, place: { words, placeId: named.placeId } })));
              }}
              onPlaceChange={(placeId, patch) => setPack(updatePlace(pack, placeId, patch))}
              onRemove={() => setPack(removeReport(pack, claim.id, report.id))}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="studio-danger"
        onClick={() => {
          setPack(removeClaim(pack, claim.id));
          onRemoved();
        }}
      >
        Remove this claim
      </button>
    </div>
  );
}

function SourcesForm({ pack, problems, setPack }: { pack: PackDraft; problems: ReturnType<typeof checkPack>; setPack: (pack: PackDraft, group?: string) => void }) {
  return (
    <details className="studio-card">
      <summary>Sources ({pack.sources.length})</summary>
      {pack.sources.map((source, s) => {
        const at = (key: string) => problemsAt(problems, `sources[${s}].${key}`);
        const text = (label: string, key: 'name' | 'shortName' | 'description') => (
          <Field label={`${label}`} problems={at(key)}>
            {(d, invalid) => (
              <input
                value={source[key] ?? ''}
                aria-describedby={d}
                aria-invalid={invalid || undefined}
                onChange={(e) => setPack(updateSource(pack, source.id, { [key]: key === 'description' && !e.target.value ? undefined : e.target.value }), `${source.id}.${key}`)}
              />
            )}
          </Field>
        );
        return (
          <fieldset key={source.id}>
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
                    setPack(updateSource(pack, source.id, { aliases: e.target.value.trim() ? aliases : undefined }), `${source.id}.aliases`);
                  }}
                />
              )}
            </Field>
            <Field label="Kind" problems={at('kind')}>
              {() => (
                <select value={source.kind} onChange={(e) => setPack(updateSource(pack, source.id, { kind: e.target.value as Source['kind'] }))}>
                  {SOURCE_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {k}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </fieldset>
        );
      })}
    </details>
  );
}

/** The claims of a draft as choices, named by title (or id while the title is empty). */
function ClaimOptions({ claims }: { claims: readonly { id: string; title: string }[] }) {
  return claims.map((c) => (
    <option key={c.id} value={c.id}>
      {c.title || c.id}
    </option>
  ));
}
