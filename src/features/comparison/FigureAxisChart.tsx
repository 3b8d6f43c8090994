import { describeReading } from '../../core/figure-bounds.ts';
import { layoutFigureAxis, type FigureMark } from '../../core/plot-scale.ts';
import type { Report } from '../../core/schema.ts';
import { chartViewBox, LABEL_WIDTH, plotX as x } from './chart-frame.ts';

const ROW = 30;
const TOP = 10;
const AXIS = 22;

function Mark({ mark, y }: { mark: FigureMark; y: number }) {
  const [x1, x2] = [x(mark.x), x(mark.x2)];
  switch (mark.shape) {
    case 'dot':
      return <circle className="mark-dot" cx={x1} cy={y} r={5.5} />;
    case 'arrow':
      return (
        <g className="mark-arrow">
          <line x1={x1} x2={x2 - 6} y1={y} y2={y} />
          <polygon points={`${x2},${y} ${x2 - 8},${y - 5} ${x2 - 8},${y + 5}`} />
          <circle cx={x1} cy={y} r={4} />
        </g>
      );
    case 'cap':
      return (
        <g className="mark-cap">
          <line x1={x1} x2={x2} y1={y} y2={y} />
          <line x1={x2} x2={x2} y1={y - 7} y2={y + 7} />
        </g>
      );
    case 'ring':
      return <circle className="mark-ring" cx={x1} cy={y} r={5.5} />;
    case 'span':
      return (
        <g className="mark-span">
          <line x1={x1} x2={x2} y1={y} y2={y} />
          <line x1={x1} x2={x1} y1={y - 5} y2={y + 5} />
          <line x1={x2} x2={x2} y1={y - 5} y2={y + 5} />
        </g>
      );
  }
}

/**
 * Every figure on one zero-based axis: a dot for a figure given without a qualifier, an arrow to the right for "at least",
 * a capped bar for "as many as", a span for "about" and vague words. The same readings are listed as
 * text for screen readers.
 */
export function FigureAxisChart({ reports, nameOf }: { reports: readonly Report[]; nameOf: (report: Report) => string }) {
  const axis = layoutFigureAxis(reports);
  if (!axis || axis.marks.length < 2) return null;
  const byId = new Map(reports.map((r) => [r.id, r]));
  const height = TOP + axis.marks.length * ROW + AXIS;
  const axisY = TOP + axis.marks.length * ROW;
  return (
    <figure className="panel-section figure-axis" aria-labelledby="figure-axis-title">
      <h3 id="figure-axis-title">Seen on one axis</h3>
      <svg viewBox={chartViewBox(reports.map(nameOf), height)} aria-hidden="true" focusable="false">
        {axis.ticks.map((tick) => (
          <g key={tick.value} className="axis-tick">
            <line x1={x(tick.at)} x2={x(tick.at)} y1={TOP - 4} y2={axisY} />
            <text x={x(tick.at)} y={axisY + 15} textAnchor="middle">
              {tick.value.toLocaleString('en')}
            </text>
          </g>
        ))}
        {axis.marks.map((mark, i) => {
          const y = TOP + i * ROW + ROW / 2;
          return (
            <g key={mark.reportId}>
              <text className="axis-label" x={LABEL_WIDTH - 8} y={y + 4} textAnchor="end">
                {nameOf(byId.get(mark.reportId)!)}
              </text>
              <Mark mark={mark} y={y} />
            </g>
          );
        })}
      </svg>
      <figcaption>
        A dot is a figure given without a qualifier, an arrow “at least” or a count someone documented (a floor), a
        capped bar “as many as”, a span vague words or “about” (Tally’s reading), a ring a possibility (“may have”).
      </figcaption>
      <ul className="visually-hidden">
        {axis.marks.map((mark) => (
          <li key={mark.reportId}>
            {nameOf(byId.get(mark.reportId)!)}: {describeReading(mark.figure)} {mark.figure.counts}
            {mark.figure.recorded ? ', a floor on the whole' : ''}
          </li>
        ))}
      </ul>
    </figure>
  );
}
