// Every sentence Tally derives for every claim of an article, as plain text: the golden files under
// tests/golden/ hold this for the seed and each fixture, so that a change to any sentence shows in review.
import { checkCompatibility, figuredReports } from '../../src/core/check-compatibility.ts';
import { applyCountingRule, COUNTING_RULES, headlineCaveat, rivalTotals, sameThingAssumed } from '../../src/core/counting-rules.ts';
import { claimFinding, claimLabel, possessive, quoteForDisplay, speakerName } from '../../src/core/describe-claim.ts';
import { describeReading, figurePhrase, figureWords } from '../../src/core/figure-bounds.ts';
import { placedReports, type ReadableArticle } from '../../src/core/readable-article.ts';
import type { Report } from '../../src/core/schema.ts';
import { silences, summariseFigures, whatDiffers } from '../../src/core/what-differs.ts';

export function deriveSentences(readable: ReadableArticle): string {
  const out: string[] = [`# ${readable.article.id}`, ''];
  const nameOf = (report: Report) => speakerName(report, readable.sourcesById);
  for (const claim of readable.claims) {
    const reports = placedReports(readable, claim);
    out.push(`## ${claim.id}`);
    out.push(`Label: ${claimLabel(claim)}`);
    out.push(`Question: ${claim.question}`);
    for (const report of reports) {
      const figure = report.figure ? `${figurePhrase(report.figure)} — read as ${describeReading(report.figure)}` : `“${quoteForDisplay(report.quote.exact)}”`;
      out.push(`Report ${report.id} (${nameOf(report)}): ${figure}`);
    }
    const summary = summariseFigures(reports, readable);
    if (summary) out.push(`Summary: ${summary}`);
    const silent = summary ? [] : silences(reports, readable);
    if (silent.length > 0) out.push(`Silences: The article gives ${silent.join('; ')}.`);
    // A breakdown is shown as one whole and its parts, never as rows of what differs.
    const rows = claimFinding(claim) === 'breakdown' ? [] : whatDiffers(reports, readable);
    for (const row of rows) {
      out.push(`Differs — ${row.label}: ${row.values.map((v) => `${nameOf(reports.find((r) => r.id === v.reportId)!)}: ${v.text}`).join(' · ')}`);
      if (row.note) out.push(`  Note: ${row.note}`);
    }
    if (figuredReports(reports).length >= 2) {
      const result = checkCompatibility(reports, readable.placesById);
      out.push(`Can they all be true? ${result.answer ? `${result.answer}: ` : ''}${result.sentence}`);
      for (const pair of result.pairs) out.push(`  Pair (${pair.verdict}): ${pair.sentence}`);
    }
    const totals = rivalTotals(reports, readable.placesById);
    if (totals) {
      const assumed = sameThingAssumed(totals, nameOf);
      if (assumed) out.push(`Headlines: ${assumed}`);
      for (const rule of COUNTING_RULES) {
        const headline = applyCountingRule(totals.rivals, rule.id, nameOf);
        out.push(`Headline, ${rule.usedBy}: ${headline.figure} — ${rule.name}: ${headline.detail}`);
        const caveat = headlineCaveat(headline, totals, nameOf);
        if (caveat) out.push(`  ${caveat}`);
        const notFed = [...headline.leftOut, ...totals.excluded];
        if (notFed.length > 0) {
          out.push(`  Not in this headline: ${notFed.map(({ report, why }) => `${possessive(nameOf(report))} “${figureWords(report.figure)}” (${why})`).join('; ')}.`);
        }
      }
    }
    if (claim.note) out.push(`Tally’s note: ${claim.note}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
