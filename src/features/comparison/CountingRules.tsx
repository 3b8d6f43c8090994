import { useId, useState } from 'react';
import { applyCountingRule, COUNTING_RULES, headlineCaveat, rivalTotals, sameThingAssumed, type CountingRuleId } from '../../core/counting-rules.ts';
import { possessive } from '../../core/describe-claim.ts';
import { figureWords } from '../../core/figure-bounds.ts';
import type { Place, Report } from '../../core/schema.ts';

interface CountingRulesProps {
  reports: readonly Report[];
  places: ReadonlyMap<string, Place>;
  nameOf: (report: Report) => string;
}

/** The headline figure as established recorders would state it from rival totals, one published rule at a time. */
export function CountingRules({ reports, places, nameOf }: CountingRulesProps) {
  const [ruleId, setRuleId] = useState<CountingRuleId>('acled');
  const name = useId();
  const totals = rivalTotals(reports, places);
  if (!totals) return null;
  const rule = COUNTING_RULES.find((r) => r.id === ruleId)!;
  const headline = applyCountingRule(totals.rivals, ruleId, nameOf);
  const said = (report: Report) => `${possessive(nameOf(report))} “${report.figure ? figureWords(report.figure) : ''}”`;
  const caveat = headlineCaveat(headline, totals, nameOf);
  const assumed = sameThingAssumed(totals, nameOf);
  const notFed = [...headline.leftOut, ...totals.excluded];
  return (
    <div role="group" className="panel-section counting-rules" aria-labelledby="counting-rules-title">
      <h3 id="counting-rules-title">One headline figure?</h3>
      <fieldset>
        <legend>Count the way recorders do</legend>
        <div className="segmented">
          {COUNTING_RULES.map((r) => (
            <label key={r.id}>
              <input type="radio" name={name} value={r.id} checked={r.id === ruleId} onChange={() => setRuleId(r.id)} />
              <span>{r.usedBy}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <output className="counting-rules-result" aria-live="polite">
        <span className="counting-rules-figure">{headline.figure}</span>
        <span className="counting-rules-name">
          {rule.name}: {headline.detail}
        </span>
      </output>
      {caveat && <p className="chart-note">{caveat}</p>}
      {assumed && <p className="chart-note">{assumed}</p>}
      {notFed.length > 0 && (
        <p className="chart-note">
          Not in this headline: {notFed.map(({ report, why }) => `${said(report)} (${why})`).join('; ')}.
        </p>
      )}
      <p className="chart-note">{rule.rule}</p>
    </div>
  );
}
