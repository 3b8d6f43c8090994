import { useId, type ReactNode } from 'react';
import { editorMessage } from '../../core/editor-problems.ts';
import type { DataProblem } from '../../core/parse-article-file.ts';

/** The problems at `path` or inside it, for the field that owns that part of the pack. */
export function problemsAt(problems: readonly DataProblem[], path: string): DataProblem[] {
  return problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`));
}

interface FieldProps {
  label: ReactNode;
  problems: readonly DataProblem[];
  hint?: ReactNode;
  /** The control, given the id of its problem text so it can point at it. */
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

/** A labelled control with the checks' words about it right beneath, tied to it for screen readers. */
export function Field({ label, problems, hint, children }: FieldProps) {
  const id = useId();
  const invalid = problems.length > 0;
  return (
    <div className="studio-field">
      <label>
        <span className="studio-label">
          {label} {hint && <span className="studio-hint">{hint}</span>}
        </span>
        {children(invalid ? id : undefined, invalid)}
      </label>
      {invalid && (
        <p id={id} className="studio-problem">
          {problems.map(editorMessage).join('; ')}
        </p>
      )}
    </div>
  );
}
