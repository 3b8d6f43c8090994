import type { DataProblem } from '../../core/parse-article-file.ts';
import type { Claim } from '../../core/schema.ts';
import { Field, problemsAt } from './Field.tsx';

const ACCOUNTS: [NonNullable<Claim['accounts']>, string][] = [
  ['differ', 'differ'],
  ['agree', 'agree'],
  ['complement', 'complement each other'],
];

/**
 * A claim's editor's readings: how its statements' accounts relate, and Tally's note. Both are Tally's,
 * never the article's, and the reader labels them so.
 */
export function ClaimDetails({ claim, path, problems, onChange }: {
  claim: Claim;
  /** "claims[0]": where the checks put this claim's problems. */
  path: string;
  problems: readonly DataProblem[];
  onChange: (patch: Partial<Claim>, field: string) => void;
}) {
  return (
    <>
      {claim.kind === 'statement' && (
        <Field label="The accounts" hint="(Tally’s reading; “not said” leaves the label at how many sources)" problems={problemsAt(problems, `${path}.accounts`)}>
          {(d, invalid) => (
            <select
              value={claim.accounts ?? ''}
              aria-describedby={d}
              aria-invalid={invalid || undefined}
              onChange={(e) => onChange({ accounts: (e.target.value || undefined) as Claim['accounts'] }, 'accounts')}
            >
              <option value="">not said</option>
              {ACCOUNTS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label="Tally’s note" hint="(optional context, always shown as Tally’s, apart from the article)" problems={problemsAt(problems, `${path}.note`)}>
        {(d, invalid) => (
          <textarea
            rows={2}
            value={claim.note ?? ''}
            aria-describedby={d}
            aria-invalid={invalid || undefined}
            onChange={(e) => onChange({ note: e.target.value || undefined }, 'note')}
          />
        )}
      </Field>
    </>
  );
}
