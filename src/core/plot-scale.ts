// Positions for the small charts: figures on one zero-based axis, and time windows on one strip.
// Everything is a fraction of the chart's width, so the components only multiply.
import { figureBounds } from './figure-bounds.ts';
import type { Figure, Report, TimeWindow } from './schema.ts';

/**
 * A mark on the figures axis. `dot`: exact; `arrow`: at least, or a documented count (a floor, open to the right);
 * `cap`: as many as (from 0); `span`: about or vague words; `ring`: a possibility ("may have").
 */
export interface FigureMark {
  reportId: string;
  shape: 'dot' | 'arrow' | 'cap' | 'span' | 'ring';
  /** The figure's value, or the start of a span. */
  x: number;
  /** The end of a cap or span; for an arrow, the chart's edge. */
  x2: number;
  figure: Figure;
}

export interface FigureAxis {
  max: number;
  ticks: { value: number; at: number }[];
  marks: FigureMark[];
}

/** 1, 2, 2.5 or 5 times a power of ten: steps a reader can add up in their head. */
export function niceStep(roughStep: number): number {
  if (!(roughStep > 0) || !Number.isFinite(roughStep)) return 1;
  const power = 10 ** Math.floor(Math.log10(roughStep));
  const unit = roughStep / power;
  const nice = unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 2.5 ? 2.5 : unit <= 5 ? 5 : 10;
  return nice * power;
}

export function layoutFigureAxis(reports: readonly Report[]): FigureAxis | undefined {
  const figured = reports.filter((r): r is Report & { figure: Figure } => r.figure !== undefined);
  if (figured.length === 0) return undefined;
  const largest = Math.max(
    ...figured.map(({ figure }) => {
      const { low, high } = figureBounds(figure);
      return Number.isFinite(high) ? high : Math.max(low, figure.value ?? 0);
    }),
  );
  // Leave room to the right of the largest figure so an "at least" arrow has somewhere to point.
  const step = niceStep((largest * 1.15) / 4);
  const max = Math.max(step, Math.ceil((largest * 1.15) / step) * step);
  const at = (value: number) => Math.min(1, value / max);
  const ticks = [];
  for (let value = 0; value <= max + 1e-9; value += step) ticks.push({ value, at: at(value) });

  const marks = figured.map(({ id, figure }): FigureMark => {
    const { low, high } = figureBounds(figure);
    if (figure.recorded !== undefined) return { reportId: id, shape: 'arrow', x: at(low), x2: 1, figure };
    switch (figure.qualifier) {
      case 'may-have':
        return { reportId: id, shape: 'ring', x: at(figure.value ?? 0), x2: at(figure.value ?? 0), figure };
      case 'exact':
        return { reportId: id, shape: 'dot', x: at(low), x2: at(low), figure };
      case 'at-least':
        return { reportId: id, shape: 'arrow', x: at(low), x2: 1, figure };
      case 'as-many-as':
        return { reportId: id, shape: 'cap', x: 0, x2: at(high), figure };
      default:
        return { reportId: id, shape: 'span', x: at(low), x2: at(high), figure };
    }
  });
  return { max, ticks, marks };
}

export interface WindowBar {
  reportId: string;
  label: string;
  start: number;
  end: number;
  /** The article gives a start but no end ("since late on 22 Sept"): the bar runs to the strip's edge. */
  openEnd: boolean;
  /** The article gives an end but no start ("by the morning of 4 March"): the bar runs from the strip's edge. */
  openStart: boolean;
}

export interface WindowStrip {
  bars: WindowBar[];
  /** Reports whose hours the article does not state. */
  unstated: string[];
  ticks: { at: number; label: string }[];
}

const HOUR = 3_600_000;
const MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const parse = (iso: string) => Date.parse(`${iso}Z`);

/**
 * Lays out each report's window between the earliest start and the end of the publication day
 * (or the latest stated end, if later). Undefined when no report's window has a reading in hours.
 */
export function layoutTimeWindows(reports: readonly Report[], published: string): WindowStrip | undefined {
  const timed = reports.filter((r): r is Report & { window: TimeWindow } => r.window?.from !== undefined || r.window?.to !== undefined);
  if (timed.length === 0) return undefined;
  const endOfPublication = parse(`${published}T00:00`) + 24 * HOUR;
  const stated = timed.flatMap((r) => [r.window.from, r.window.to].flatMap((t) => (t ? [parse(t)] : [])));
  // A window open at the start is drawn from a day before its earliest stated time.
  const rawStart = Math.min(...stated, ...(timed.some((r) => !r.window.from) ? [Math.min(...stated) - 24 * HOUR] : []));
  const rawEnd = Math.max(endOfPublication, ...stated);
  const start = Math.floor(rawStart / (6 * HOUR)) * 6 * HOUR;
  const end = Math.ceil(rawEnd / (6 * HOUR)) * 6 * HOUR;
  const at = (time: number) => (time - start) / (end - start);

  const ticks = [];
  for (let time = start; time <= end; time += 6 * HOUR) {
    const date = new Date(time);
    const hours = date.getUTCHours();
    ticks.push({
      at: at(time),
      label: hours === 0 ? `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}` : `${String(hours).padStart(2, '0')}:00`,
    });
  }
  return {
    bars: timed.map((r) => ({
      reportId: r.id,
      label: r.window.label,
      start: r.window.from ? at(parse(r.window.from)) : 0,
      end: r.window.to ? at(parse(r.window.to)) : 1,
      openEnd: r.window.to === undefined,
      openStart: r.window.from === undefined,
    })),
    unstated: reports.filter((r) => !timed.includes(r as (typeof timed)[number])).map((r) => r.id),
    ticks,
  };
}
