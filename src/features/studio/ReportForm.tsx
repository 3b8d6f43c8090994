import { memo, useMemo, useState, type ReactNode } from 'react';
import { findOccurrences } from '../../core/find-occurrences.ts';
import { addSource, placeNamed, removeReport, slugify, uniqueId, updatePlace, updateReport, type PackDraft } from '../../core/pack-draft.ts';
import type { DataProblem } from '../../core/parse-article-file.ts';
import type { ChainStep, Figure, FigureKind, Place, Qualifier, Report, Source, TimeWindow } from '../../core/schema.ts';
import { Field, problemsAt } from './Field.tsx';
import { UseSelectedButton } from './selected-words.tsx';
import { SourcePicker } from './SourcePicker.tsx';

/**
 * Makes an edit from the draft as it stands when the editor acts (`change` gets the latest pack). It stays
 * the same function across renders, so forms that did not change are not drawn again.
 */
export type EditPack = (change: (pack: PackDraft) => PackDraft, group?: string) => void;

/** A report of the claim as a choice for "part of another report's total". */
export interface ReportChoice {
  id: string;
  /** The report's place in its claim, from 1. */
  number: number;
  /** Who gave it, by the names the editor gave its sources (empty while it has none). */
  sources: string;
  words: string;
}

const QUALIFIERS: [Qualifier, string][] = [
  ['exact', 'exactly'],
  ['at-least', 'at least'],
  ['as-many-as', 'as many as'],
  ['about', 'about'],
  ['vague', 'vague words (Tally reads a range)'],
  ['may-have', 'may have (a possibility, not a count)'],
];
const KINDS: FigureKind[] = [
  'people-killed', 'people-injured', 'people-killed-or-injured', 'people-missing', 'people-displaced', 'people-detained',
  'people-present', 'people-resident', 'homes-destroyed', 'homes-damaged', 'homes-flooded', 'buildings-destroyed',
  'buildings-damaged', 'money', 'votes', 'events', 'other',
];
const PLACE_LEVELS = ['facility', 'village', 'town', 'city-part', 'city', 'district', 'province', 'region', 'country'] as const;
const STEP_KINDS: ChainStep['kind'][] = ['said', 'reported', 'told', 'according-to'];

export interface ReportFormProps {
  claimId: string;
  /** The report's place in its claim (undo groups keystrokes by it). */
  index: number;
  /** "claims[0].reports[1]": where the checks put this report's problems. */
  path: string;
  report: Report;
  kind: 'figure' | 'statement';
  text: string;
  sources: readonly Source[];
  places: readonly Place[];
  /** The claim's reports (this one included): a figure may be part of another's total. */
  choices: readonly ReportChoice[];
  /** The pack's problems (the report's own are at `path`, its place's under `places`). */
  problems: readonly DataProblem[];
  editPack: EditPack;
}

/** The Studio's forms are never sent anywhere: Enter in a field changes nothing but the field. */
export const keepOnPage = (event: { preventDefault: () => void }) => event.preventDefault();

/** A guess at how a step of the chain reads: "told Reuters" is told, "according to" is according-to. */
function stepKind(words: string): ChainStep['kind'] {
  if (/according to/i.test(words)) return 'according-to';
  if (/\btold\b/i.test(words)) return 'told';
  if (/\breport/i.test(words)) return 'reported';
  return 'said';
}

function Stated({ title, words, onUse, onClear, children }: {
  title: string;
  words: string | undefined;
  onUse: (words: string) => void;
  onClear: () => void;
  children?: ReactNode;
}) {
  return (
    <fieldset className="studio-stated">
      <legend>{title}</legend>
      {words ? (
        <p>
          “{words}”{' '}
          <button type="button" onClick={onClear}>
            Mark {title.toLowerCase()} not stated
          </button>
        </p>
      ) : (
        <p>
          <span className="not-stated">not stated</span>
        </p>
      )}
      <UseSelectedButton onUse={(selected) => onUse(selected.words)}>Use selected words for {title.toLowerCase()}</UseSelectedButton>
      {words && children}
    </fieldset>
  );
}

/**
 * One report of a claim: its words, who said it, the figure, hours, place and chain, each checked. Drawn
 * again only when the report, its choices or the problems change: a keystroke redraws the one form typed in.
 */
export const ReportForm = memo(function ReportForm({ claimId, index, path, report, kind, text, sources, places, choices, problems, editPack }: ReportFormProps) {
  const at = (field: string) => problemsAt(problems, `${path}.${field}`);
  const exact = report.quote.exact;
  const occurrences = useMemo(() => findOccurrences(text, [exact])[0]!.length, [text, exact]);
  const reportId = report.id;
  const onChange = (update: (report: Report) => Report, field?: string) =>
    editPack((pack) => updateReport(pack, claimId, reportId, update), field && `${claimId}.${index}.${field}`);
  const onChooseSource = (sourceId: string) =>
    editPack((pack) => updateReport(pack, claimId, reportId, (x) => ({ ...x, sourceIds: x.sourceIds.includes(sourceId) ? x.sourceIds : [...x.sourceIds, sourceId] })));
  const onCreateSource = (name: string, sourceKind: Source['kind']) =>
    editPack((pack) => {
      const id = uniqueId(slugify(name) || 'source', pack.sources.map((s) => s.id));
      const withSource = addSource(pack, { id, name, shortName: name, kind: sourceKind });
      return updateReport(withSource, claimId, reportId, (r) => ({ ...r, sourceIds: [...r.sourceIds, id] }));
    });
  /** Points the report at the place record named by `words` (made if new), or marks the place not stated. */
  const onPlace = (words: string | undefined) =>
    editPack((pack) => {
      if (!words) return updateReport(pack, claimId, reportId, (x) => ({ ...x, place: undefined }));
      const named = placeNamed(pack, words);
      return updateReport(named.pack, claimId, reportId, (x) => ({ ...x, place: { words, placeId: named.placeId } }));
    });
  /** Changes the place record itself: its kind, and the places the article puts it in. */
  const onPlaceChange = (placeId: string, patch: Partial<Place>) => editPack((pack) => updatePlace(pack, placeId, patch));
  const onRemove = () => editPack((pack) => removeReport(pack, claimId, reportId));
  const figure = report.figure;
  const setFigure = (patch: Partial<Figure>, field: string) =>
    onChange((r) => ({ ...r, figure: { words: '', qualifier: 'exact', kind: 'other', unit: '', counts: '', ...r.figure, ...patch } }), `figure.${field}`);
  const setWindow = (window: TimeWindow | undefined, field = 'window') => onChange((r) => ({ ...r, window }), field);
  const placeIndex = report.place ? places.findIndex((p) => p.id === report.place!.placeId) : -1;
  const place = places[placeIndex];
  const otherReports = choices.filter((r) => r.id !== report.id);
  const setVia = (via: ChainStep[], field = 'via') => onChange((r) => ({ ...r, via }), field);
  const number = (value: string) => (value === '' ? undefined : Number(value));

  return (
    // A form of its own: after each keystroke a browser's autofill reads every field of the form the field
    // belongs to (all fields outside any form, when it has none), so each report's fields are kept apart.
    <form className="studio-report" onSubmit={keepOnPage}>
      <blockquote className="studio-quote">
        <p>{report.quote.exact}</p>
      </blockquote>
      {occurrences > 1 && (
        <p className="studio-warning" role="status">
          These words occur {occurrences} times in the text. Tally tells this one apart by the words around it
          {report.quote.prefix ? ` (before: “${report.quote.prefix}”)` : ''}
          {report.quote.suffix ? ` (after: “${report.quote.suffix}”)` : ''}.
        </p>
      )}
      {problemsAt(problems, `${path}.quote`).map((p, i) => (
        <p key={i} className="studio-problem">
          The quote: {p.message}
        </p>
      ))}
      <Field label="Report id" hint="(in links)" problems={at('id')}>
        {(describedBy, invalid) => (
          <input value={report.id} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => onChange((r) => ({ ...r, id: e.target.value }), 'id')} />
        )}
      </Field>
      <SourcePicker
        sources={sources}
        chosen={report.sourceIds}
        problems={at('sourceIds')}
        onChoose={onChooseSource}
        onCreate={onCreateSource}
        onRemove={(id) => onChange((r) => ({ ...r, sourceIds: r.sourceIds.filter((s) => s !== id) }))}
      />
      {kind === 'figure' && (
        <fieldset className="studio-figure">
          <legend>Figure</legend>
          <Field label="Words of the figure" hint="(as in the quote)" problems={at('figure.words')}>
            {(d, invalid) => <input value={figure?.words ?? ''} aria-describedby={d} aria-invalid={invalid || undefined} onChange={(e) => setFigure({ words: e.target.value }, 'words')} />}
          </Field>
          <Field label="Qualifier" problems={at('figure.qualifier')}>
            {(d) => (
              <select value={figure?.qualifier ?? 'exact'} aria-describedby={d} onChange={(e) => setFigure({ qualifier: e.target.value as Qualifier }, 'qualifier')}>
                {QUALIFIERS.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {figure?.qualifier === 'vague' ? (
            <>
              <Field label="Tally’s reading: from" problems={at('figure.low')}>
                {(d) => <input type="number" min={0} value={figure.low ?? ''} aria-describedby={d} onChange={(e) => setFigure({ low: number(e.target.value) }, 'low')} />}
              </Field>
              <Field label="Tally’s reading: to" problems={at('figure.high')}>
                {(d) => <input type="number" min={0} value={figure.high ?? ''} aria-describedby={d} onChange={(e) => setFigure({ high: number(e.target.value) }, 'high')} />}
              </Field>
            </>
          ) : (
            <Field label="Value" problems={[...at('figure.value'), ...problemsAt(problems, `${path}.figure`).filter((p) => p.path === `${path}.figure`)]}>
              {(d, invalid) => (
                <input type="number" min={0} value={figure?.value ?? ''} aria-describedby={d} aria-invalid={invalid || undefined} onChange={(e) => setFigure({ value: number(e.target.value) }, 'value')} />
              )}
            </Field>
          )}
          <Field label="Kind of figure" hint="(Tally’s reading)" problems={at('figure.kind')}>
            {(d) => (
              <select value={figure?.kind ?? 'other'} aria-describedby={d} onChange={(e) => setFigure({ kind: e.target.value as FigureKind }, 'kind')}>
                {KINDS.map((m) => (
                  <option key={m} value={m}>
                    {m.replaceAll('-', ' ')}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Unit" hint="(“people”, “homes”; for money a currency code such as USD)" problems={at('figure.unit')}>
            {(d, invalid) => <input value={figure?.unit ?? ''} aria-describedby={d} aria-invalid={invalid || undefined} onChange={(e) => setFigure({ unit: e.target.value }, 'unit')} />}
          </Field>
          <Field label="What it counts" hint="(a reader’s words: “civilians killed”)" problems={at('figure.counts')}>
            {(d, invalid) => <input value={figure?.counts ?? ''} aria-describedby={d} aria-invalid={invalid || undefined} onChange={(e) => setFigure({ counts: e.target.value }, 'counts')} />}
          </Field>
          <Field label="Who is counted" hint="(the article’s word, or empty if not stated)" problems={at('figure.who')}>
            {(d) => (
              <input
                value={figure?.who?.words ?? ''}
                aria-describedby={d}
                onChange={(e) => setFigure({ who: e.target.value || figure?.who?.group ? { words: e.target.value, group: figure?.who?.group } : undefined }, 'who')}
              />
            )}
          </Field>
          {/* Always reachable: a group needs the article's word for it above, which the checks ask for when it is empty. */}
          <Field label="Counted as" hint="(with the article’s word above)" problems={[]}>
            {() => (
              <select
                value={figure?.who?.group ?? ''}
                onChange={(e) => {
                  const group = (e.target.value || undefined) as NonNullable<Figure['who']>['group'];
                  const words = figure?.who?.words ?? '';
                  setFigure({ who: words || group ? { words, group } : undefined }, 'who.group');
                }}
              >
                <option value="">not stated</option>
                {['people', 'civilians', 'women', 'children', 'elderly', 'men', 'residents', 'protesters', 'fighters', 'soldiers', 'police', 'voters', 'patients'].map((g) => (
                  <option key={g} value={g}>
                    {g}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label="Recorded by the source"
            hint="(the article’s verb — “documented”, “recorded” — when the figure is what the source counted so far; empty if not)"
            problems={at('figure.recorded')}
          >
            {(d, invalid) => (
              <input
                value={figure?.recorded ?? ''}
                aria-describedby={d}
                aria-invalid={invalid || undefined}
                onChange={(e) => setFigure({ recorded: e.target.value || undefined }, 'recorded')}
              />
            )}
          </Field>
          {otherReports.length > 0 && (
            <Field label="Part of another report’s total" hint="(“including 15 in Bushqatin”)" problems={at('partOf')}>
              {(d, invalid) => (
                <select
                  value={report.partOf ?? ''}
                  aria-describedby={d}
                  aria-invalid={invalid || undefined}
                  onChange={(e) => onChange((r) => ({ ...r, partOf: e.target.value || undefined }), 'partOf')}
                >
                  <option value="">no: a total of its own</option>
                  {otherReports.map((other) => (
                    <option key={other.id} value={other.id}>
                      part of report {other.number}: {other.sources ? `${other.sources}, ` : ''}“{other.words}”
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
        </fieldset>
      )}
      <Stated title="Hours" words={report.window?.words} onUse={(words) => setWindow({ words, label: words })} onClear={() => setWindow(undefined)}>
        <Field label="Label for readers" problems={at('window.label')}>
          {(d) => <input value={report.window?.label ?? ''} aria-describedby={d} onChange={(e) => setWindow({ ...report.window!, label: e.target.value }, 'window.label')} />}
        </Field>
        <Field label="Tally’s reading: from" hint="(optional)" problems={at('window.from')}>
          {(d) => (
            <input type="datetime-local" value={report.window?.from ?? ''} aria-describedby={d} onChange={(e) => setWindow({ ...report.window!, from: e.target.value || undefined }, 'window.from')} />
          )}
        </Field>
        <Field label="Tally’s reading: to" hint="(optional)" problems={at('window.to')}>
          {(d) => <input type="datetime-local" value={report.window?.to ?? ''} aria-describedby={d} onChange={(e) => setWindow({ ...report.window!, to: e.target.value || undefined }, 'window.to')} />}
        </Field>
      </Stated>
      <Stated title="Place" words={report.place?.words} onUse={(words) => onPlace(words)} onClear={() => onPlace(undefined)}>
        <Field label="Kind of place" problems={at('place.placeId')}>
          {(d) => (
            <select
              value={place?.level ?? ''}
              aria-describedby={d}
              onChange={(e) => place && onPlaceChange(place.id, { level: (e.target.value || undefined) as Place['level'] })}
            >
              <option value="">not stated</option>
              {PLACE_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {level.replace('-', ' ')}
                </option>
              ))}
            </select>
          )}
        </Field>
        {place && places.length > 1 && (
          <WithinPlaces place={place} places={places} onPlaceChange={onPlaceChange} problems={problemsAt(problems, `places[${placeIndex}].within`)} />
        )}
      </Stated>
      <fieldset className="studio-stated">
        <legend>Chain</legend>
        {report.via?.length ? (
          <ol>
            {report.via.map((step, s) => (
              <li key={s}>
                “{step.words}”{' '}
                <label>
                  <span className="visually-hidden">Step {s + 1}: </span>kind{' '}
                  <select
                    value={step.kind}
                    onChange={(e) => setVia(report.via!.map((x, i) => (i === s ? { ...x, kind: e.target.value as ChainStep['kind'] } : x)), `via.${s}.kind`)}
                  >
                    {STEP_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {k.replace('-', ' ')}
                      </option>
                    ))}
                  </select>
                </label>{' '}
                <label>
                  <span className="visually-hidden">Step {s + 1}: </span>to whom <span className="studio-hint">(when the article says: “Reuters”)</span>{' '}
                  <input
                    value={step.to ?? ''}
                    onChange={(e) => setVia(report.via!.map((x, i) => (i === s ? { ...x, to: e.target.value || undefined } : x)), `via.${s}.to`)}
                  />
                </label>{' '}
                <button type="button" onClick={() => setVia(report.via!.filter((_, i) => i !== s))}>
                  Remove step {s + 1}
                </button>
                {problemsAt(problems, `${path}.via[${s}]`).map((p, i) => (
                  <p key={i} className="studio-problem">
                    {p.message}
                  </p>
                ))}
              </li>
            ))}
          </ol>
        ) : (
          <p>
            <span className="not-stated">not stated</span>
          </p>
        )}
        <UseSelectedButton onUse={({ words }) => setVia([...(report.via ?? []), { words, kind: stepKind(words) }])}>Add selected words as a step</UseSelectedButton>
      </fieldset>
      <button type="button" className="studio-danger" onClick={onRemove}>
        Remove this report
      </button>
    </form>
  );
});

/**
 * Which places the article puts a place in: ticked from the other places, drawn only when opened, since an
 * article can name hundreds of places and a form redrawn at every keystroke must stay light.
 */
function WithinPlaces({
  place,
  places,
  onPlaceChange,
  problems,
}: {
  place: Place;
  places: readonly Place[];
  onPlaceChange: (placeId: string, change: Partial<Place>) => void;
  problems: readonly DataProblem[];
}) {
  const [open, setOpen] = useState(false);
  const names = (place.within ?? []).map((id) => places.find((p) => p.id === id)?.name ?? id);
  return (
    <details className="studio-within" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Inside: {names.length > 0 ? names.join(', ') : 'not stated'}
      </summary>
      {open && (
        <fieldset>
          <legend>Inside which places the article puts {place.name}</legend>
          {places
            .filter((p) => p.id !== place.id)
            .map((other) => (
              <label key={other.id} className="studio-check">
                <input
                  type="checkbox"
                  checked={place.within?.includes(other.id) ?? false}
                  onChange={(e) => {
                    const within = (place.within ?? []).filter((id) => id !== other.id);
                    if (e.target.checked) within.push(other.id);
                    onPlaceChange(place.id, { within: within.length > 0 ? within : undefined });
                  }}
                />{' '}
                {other.name}
              </label>
            ))}
          <p className="studio-hint">None ticked: how the places relate is not stated.</p>
        </fieldset>
      )}
      {problems.map((p, i) => (
        <p key={i} className="studio-problem">
          {p.message}
        </p>
      ))}
    </details>
  );
}
