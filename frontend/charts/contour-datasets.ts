// Chart.js datasets of <contour-chart>, built from the element's state: how a curve, a minimum,
// a run's path and its current point look. The element decides when; this file decides how.
import type { ChartDataset, LegendItem } from 'chart.js';
import { type Pt, num, withAlpha } from './chart-common';
import type { Grid } from './contour-layer';
import { GLOBAL_STAR, GLOBAL_STAR_SMALL, LOCAL_STAR, LOCAL_STAR_SMALL } from './star-marker';

export interface Minimum {
  point: unknown[];
  value: unknown;
  global: boolean;
}

export interface Surface {
  dim: 1 | 2;
  view: number[];
  grid?: Grid;
  levels?: number[];
  colors?: string[];
  curve?: { w: unknown[]; j: unknown[] };
  yRange?: number[];
  minima?: Minimum[];
  /** Axis titles, and the legend names of the minima (translated by the server). */
  labels?: { x?: string; y?: string; globalMinimum?: string; localMinimum?: string };
}

export interface Run {
  label: string;
  color: string;
  points: Pt[];
  now: Pt | null;
  /** Hidden through the legend; kept across a restart. */
  hidden: boolean;
}

/** A minimum carries its J for the tooltip. */
export type MinPt = Pt & { v: number | null };
export type Role = 'curve' | 'minimum' | 'path' | 'now';
export type DS = ChartDataset<'scatter', Pt[]>;

/** The legend draws an image at its own size: minima get the small stars there. */
export function smallStars(item: LegendItem): LegendItem {
  if (item.pointStyle === GLOBAL_STAR) return { ...item, pointStyle: GLOBAL_STAR_SMALL };
  if (item.pointStyle === LOCAL_STAR) return { ...item, pointStyle: LOCAL_STAR_SMALL };
  return item;
}

export function lastFinite(pts: Pt[]): Pt | undefined {
  for (let i = pts.length - 1; i >= 0; i--) if (pts[i].x !== null && pts[i].y !== null) return pts[i];
  return undefined;
}

/** The curve J(w), in the theme's ink colour (dark on light, light on dark). */
export function curveDataset(s: Surface, ink: string): DS {
  const w = s.curve?.w ?? [];
  const j = s.curve?.j ?? [];
  return {
    label: s.labels?.y || 'J(w)',
    data: w.map((v, i) => ({ x: num(v), y: num(j[i]) })),
    showLine: true,
    borderColor: ink,
    backgroundColor: ink,
    borderWidth: 2,
    pointRadius: 0,
    pointHitRadius: 0,
    pointStyle: 'line',
    order: 3,
  };
}

export function minimaDataset(data: MinPt[], global: boolean, label?: string): DS {
  const img = global ? GLOBAL_STAR : LOCAL_STAR;
  return {
    label: label || (global ? 'global minimum' : 'local minimum'),
    data,
    pointStyle: img,
    pointRadius: img.width / 2,
    pointHoverRadius: img.width / 2,
    order: 1,
  };
}

export function pathDataset(r: Run, oneD: boolean): DS {
  const common = {
    label: r.label,
    data: r.points,
    // parsing: false lets Chart.js assume points sorted by x and, with the axes' fixed bounds,
    // draw only a binary-searched slice; a path doubles back, so it is parsed (only new points are).
    parsing: { xAxisKey: 'x', yAxisKey: 'y' },
    borderColor: r.color,
    pointBorderWidth: 0,
    order: 2,
    hidden: r.hidden,
  };
  return oneD
    ? { ...common, showLine: false, backgroundColor: withAlpha(r.color, 0.45), pointRadius: 3.5, pointHoverRadius: 5 }
    : { ...common, showLine: true, backgroundColor: r.color, borderWidth: 2, ...pathDots(r.points.length) };
}

/**
 * A 2-D path longer than this is drawn as a line without a dot per update: the dots merge into
 * the line anyway, and drawing them was about three quarters of the map's redraw time (8 runs
 * × 5 000 points: ~200 ms → ~50 ms per redraw in headless Chromium, bench/streaming.sh), which
 * starved the page while playing long runs.
 */
export const PATH_DOTS_UP_TO = 1000;

/** The dot of each point of a 2-D path: shown while the path has at most PATH_DOTS_UP_TO points. */
export function pathDots(points: number): { pointRadius: number; pointHoverRadius: number } {
  return points <= PATH_DOTS_UP_TO ? { pointRadius: 1.8, pointHoverRadius: 4 } : { pointRadius: 0, pointHoverRadius: 4 };
}

export function nowDataset(r: Run, oneD: boolean): DS {
  return {
    label: r.label,
    data: r.now ? [r.now] : [],
    backgroundColor: r.color,
    borderColor: '#ffffff',
    pointBorderWidth: 2,
    // Smaller than a minimum's star, so a run that has arrived still shows the star around it.
    pointRadius: oneD ? 7 : 5.5,
    pointHoverRadius: oneD ? 8 : 6.5,
    order: 0,
    hidden: r.hidden,
  };
}
