import { layoutTimeWindows } from '../../core/plot-scale.ts';
import type { Report } from '../../core/schema.ts';
import { chartViewBox, LABEL_WIDTH, plotX as x } from './chart-frame.ts';

const ROW = 26;
const TOP = 22;

/** Each report's hours as a bar on one time line, where the article states them; the rest are named. */
export function TimeWindowStrip(props: { reports: readonly Report[]; published: string; nameOf: (report: Report) => string }) {
  const { reports, published, nameOf } = props;
  if (reports.length < 2 || !reports.some((r) => r.figure)) return null;
  const strip = layoutTimeWindows(reports, published);
  if (!strip) return null;
  const byId = new Map(reports.map((r) => [r.id, r]));
  const height = TOP + strip.bars.length * ROW + 4;
  return (
    <figure className="panel-section time-strip" aria-labelledby="time-strip-title">
      <h3 id="time-strip-title">Hours covered</h3>
      <svg viewBox={chartViewBox(reports.map(nameOf), height)} aria-hidden="true" focusable="false">
        {strip.ticks.map((tick, i) => (
          <g key={i} className="axis-tick">
            <line x1={x(tick.at)} x2={x(tick.at)} y1={TOP - 6} y2={height - 4} />
            <text x={x(tick.at)} y={TOP - 10} textAnchor="middle">
              {tick.label}
            </text>
          </g>
        ))}
        {strip.bars.map((bar, i) => {
          const y = TOP + i * ROW + 5;
          const [x1, x2] = [x(bar.start), x(bar.end)];
          return (
            <g key={bar.reportId}>
              <text className="axis-label" x={LABEL_WIDTH - 8} y={y + 12} textAnchor="end">
                {nameOf(byId.get(bar.reportId)!)}
              </text>
              <rect
                className="window-bar"
                x={x1 + (bar.openStart ? 8 : 0)}
                y={y}
                width={Math.max(3, x2 - x1 - (bar.openEnd ? 8 : 0) - (bar.openStart ? 8 : 0))}
                height={16}
                rx={3}
              />
              {bar.openEnd && <polygon className="window-open" points={`${x2},${y + 8} ${x2 - 9},${y} ${x2 - 9},${y + 16}`} />}
              {bar.openStart && <polygon className="window-open" points={`${x1},${y + 8} ${x1 + 9},${y} ${x1 + 9},${y + 16}`} />}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="time-strip-legend">
          {strip.bars.map((bar) => (
            <li key={bar.reportId}>
              {nameOf(byId.get(bar.reportId)!)}: {bar.label}
              {bar.openEnd ? ', with no stated end' : ''}
              {bar.openStart ? ', with no stated start' : ''}
            </li>
          ))}
          {strip.unstated.map((id) => (
            <li key={id}>
              {nameOf(byId.get(id)!)}: <span className="not-stated">not stated</span>
            </li>
          ))}
        </ul>
        <p className="chart-note">
          Bars are Tally’s reading of the article’s words as hours, up to the day of publication; an arrow marks a side the
          article leaves open.
        </p>
      </figcaption>
    </figure>
  );
}
