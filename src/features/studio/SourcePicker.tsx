import { useId, useRef, useState } from 'react';
import type { DataProblem } from '../../core/parse-article-file.ts';
import type { Source } from '../../core/schema.ts';
import { SOURCE_KIND_LABELS } from '../../core/slugs-and-kinds.ts';

/** The kinds of source, as the editor chooses among them; Tally never guesses one. */
export const SOURCE_KIND_CHOICES = Object.entries(SOURCE_KIND_LABELS) as [Source['kind'], string][];

interface SourcePickerProps {
  sources: readonly Source[];
  chosen: readonly string[];
  problems: readonly DataProblem[];
  onChoose: (sourceId: string) => void;
  /** Makes a new source of the kind the editor chose. */
  onCreate: (name: string, kind: Source['kind']) => void;
  onRemove: (sourceId: string) => void;
}

/** Finds a known source by any of its names (aliases too), case aside. */
export function sourceByName(sources: readonly Source[], typed: string): Source | undefined {
  const wanted = typed.trim().toLowerCase();
  return sources.find((s) => [s.name, s.shortName, ...(s.aliases ?? [])].some((name) => name.toLowerCase() === wanted));
}

/** Who gave the report: typed with suggestions from the pack's sources (aliases included), or created. */
export function SourcePicker({ sources, chosen, problems, onChoose, onCreate, onRemove }: SourcePickerProps) {
  const [typed, setTyped] = useState('');
  const [kind, setKind] = useState<Source['kind'] | ''>('');
  const [kindProblem, setKindProblem] = useState(false);
  const kindSelect = useRef<HTMLSelectElement>(null);
  const listId = useId();
  const problemId = useId();
  const kindProblemId = useId();
  const known = sourceByName(sources, typed);
  const add = () => {
    if (!typed.trim()) return;
    if (known) onChoose(known.id);
    else if (!kind) {
      setKindProblem(true);
      kindSelect.current?.focus();
      return;
    } else onCreate(typed.trim(), kind);
    setTyped('');
    setKind('');
    setKindProblem(false);
  };
  const byId = new Map(sources.map((s) => [s.id, s]));
  return (
    <fieldset className="studio-sources">
      <legend>Sources</legend>
      {chosen.length > 0 && (
        <ul>
          {chosen.map((id) => (
            <li key={id}>
              {byId.get(id)?.name ?? id}{' '}
              <button type="button" onClick={() => onRemove(id)}>
                Remove <span className="visually-hidden">{byId.get(id)?.name ?? id}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="studio-inline">
        <label>
          <span className="studio-label">Who said it</span>
          <input
            list={listId}
            value={typed}
            aria-describedby={problems.length > 0 ? problemId : undefined}
            aria-invalid={problems.length > 0 || undefined}
            onChange={(event) => setTyped(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
        </label>
        {typed.trim() && !known && (
          <label>
            <span className="studio-label">Kind of source</span>
            <select
              ref={kindSelect}
              value={kind}
              aria-describedby={kindProblem && !kind ? kindProblemId : undefined}
              aria-invalid={(kindProblem && !kind) || undefined}
              onChange={(event) => setKind(event.target.value as Source['kind'] | '')}
            >
              <option value="">choose…</option>
              {SOURCE_KIND_CHOICES.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        )}
        <datalist id={listId}>
          {sources.flatMap((s) => [s.name, ...(s.aliases ?? [])].map((name) => <option key={`${s.id}:${name}`} value={name} />))}
        </datalist>
        <button type="button" onClick={add} disabled={!typed.trim()}>
          {known ? `Add ${known.shortName} as a source` : 'Add new source'}
        </button>
      </div>
      {kindProblem && !kind && typed.trim() && !known && (
        <p id={kindProblemId} className="studio-problem" role="alert">
          Choose what kind of source “{typed.trim()}” is (a person, an organisation, officials…): Tally does not guess it.
        </p>
      )}
      {problems.length > 0 && (
        <p id={problemId} className="studio-problem">
          {problems.map((p) => p.message).join('; ')}
        </p>
      )}
    </fieldset>
  );
}
