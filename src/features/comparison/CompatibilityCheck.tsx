import { checkCompatibility } from '../../core/check-compatibility.ts';
import type { Place, Report } from '../../core/schema.ts';

/** "Can they all be true?", answered from the figures' qualifiers and scopes, pair by pair. */
export function CompatibilityCheck({ reports, places }: { reports: readonly Report[]; places: ReadonlyMap<string, Place> }) {
  if (reports.filter((r) => r.figure).length < 2) return null;
  const result = checkCompatibility(reports, places);
  return (
    <div role="group" className="panel-section compatibility" aria-labelledby="compatibility-title">
      <h3 id="compatibility-title">Can they all be true?</h3>
      <p className="compatibility-verdict" data-verdict={result.verdict}>
        {result.answer && <strong className="compatibility-answer">{result.answer}</strong>} {result.sentence}
      </p>
      {result.pairs.length > 1 && (
        <details className="compatibility-pairs">
          <summary>Each pair of figures ({result.pairs.length})</summary>
          <ul>
            {result.pairs.map((pair, i) => (
              <li key={i} data-verdict={pair.verdict}>
                {pair.sentence}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
