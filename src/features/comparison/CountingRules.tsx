import { useId, useState } from 'react';
import { applyCountingRule, competingFigures, COUNTING_RULES, type CountingRuleId } from '../../core/counting-rules.ts';
import type { Report } from '../../core/schema.ts';

/** The headline figure as established recorders would state it, one rule at a time. */
export function CountingRules({ reports, nameOf }: { reports: readonly Report[]; nameOf: (report: Report) => string }) {
  const [ruleId, setRuleId] = useState<CountingRuleId>('conservative');
  const name = useId();
  const competing = competingFigures(reports);
  if (!competing) return null;
  const rule = COUNTING_RULES.find((r) => r.id === ruleId)!;
  const headline = applyCountingRule(competing, ruleId, nameOf);
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
      <p className="chart-note">{rule.rule}</p>
    </div>
  );
}
