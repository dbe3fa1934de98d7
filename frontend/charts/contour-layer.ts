// The filled contour bands and isolines of the 2-D map, drawn under the datasets.
// d3-contour runs once per surface; only the pixel paths are rebuilt, and only when the
// plot area changes size, so appending trajectory points never recomputes a contour.
import type { Chart, Plugin, Scale } from 'chart.js';
import { contours } from 'd3-contour';

export interface Grid {
  nx: number;
  ny: number;
  values: (number | null)[];
}

/** Data window of the grid: value i + j·nx is sampled at (xmin + i·hx, ymin + j·hy). */
export interface Window {
  xmin: number;
  xmax: number;
  ymin: number;
  ymax: number;
}

export class ContourLayer {
  /** Per level: its rings in d3's grid coordinates, flattened as x0, y0, x1, y1, … */
  private rings: Float64Array[][] = [];
  private colors: string[] = [];
  private window: Window | null = null;
  private nx = 0;
  private ny = 0;
  private paths: Path2D[] = [];
  private pathsKey = '';

  /** Isoline style; the element reads them from CSS custom properties. */
  lineColor = 'rgba(0, 0, 0, 0.28)';
  lineWidth = 0.75;

  set(grid: Grid, levels: number[], colors: string[], window: Window): void {
    this.clear();
    const { nx, ny } = grid;
    if (!(nx >= 2 && ny >= 2) || grid.values.length !== nx * ny || levels.length === 0) return;
    // d3-contour treats NaN as below every threshold, so a non-finite region stays unfilled: a gap.
    const values = grid.values.map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : NaN));
    const polygons = contours().size([nx, ny]).thresholds(levels)(values);
    this.rings = polygons.map((mp) => mp.coordinates.flat().map((ring) => Float64Array.from(ring.flat())));
    this.colors = colors.slice();
    this.window = window;
    this.nx = nx;
    this.ny = ny;
  }

  clear(): void {
    this.rings = [];
    this.colors = [];
    this.window = null;
    this.paths = [];
    this.pathsKey = '';
  }

  draw(chart: Chart): void {
    const w = this.window;
    const area = chart.chartArea;
    const { x, y } = chart.scales;
    if (!w || !area || !x || !y || this.rings.length === 0) return;
    const key = [area.left, area.top, area.right, area.bottom, x.min, x.max, y.min, y.max].join();
    if (key !== this.pathsKey) {
      this.paths = this.buildPaths(w, x, y);
      this.pathsKey = key;
    }
    const ctx = chart.ctx;
    ctx.save();
    ctx.beginPath();
    ctx.rect(area.left, area.top, area.right - area.left, area.bottom - area.top);
    ctx.clip();
    // Painter's order: the region above level i contains the one above level i+1, so each
    // band ends up in its own colour without computing band differences.
    this.paths.forEach((p, i) => {
      if (i >= this.colors.length) return;
      ctx.fillStyle = this.colors[i];
      ctx.fill(p, 'evenodd');
    });
    ctx.lineWidth = this.lineWidth;
    ctx.strokeStyle = this.lineColor;
    ctx.lineJoin = 'round';
    this.paths.forEach((p) => ctx.stroke(p));
    ctx.restore();
  }

  /** Grid → pixels is affine for linear axes: d3 puts sample i at grid coordinate i + 0.5. */
  private buildPaths(w: Window, xs: Scale, ys: Scale): Path2D[] {
    const hx = (w.xmax - w.xmin) / (this.nx - 1);
    const hy = (w.ymax - w.ymin) / (this.ny - 1);
    const x0 = xs.getPixelForValue(w.xmin - 0.5 * hx);
    const kx = xs.getPixelForValue(w.xmin + 0.5 * hx) - x0;
    const y0 = ys.getPixelForValue(w.ymin - 0.5 * hy);
    const ky = ys.getPixelForValue(w.ymin + 0.5 * hy) - y0;
    return this.rings.map((rings) => {
      const path = new Path2D();
      for (const r of rings) {
        path.moveTo(x0 + kx * r[0], y0 + ky * r[1]);
        for (let i = 2; i < r.length; i += 2) path.lineTo(x0 + kx * r[i], y0 + ky * r[i + 1]);
        path.closePath();
      }
      return path;
    });
  }
}

/** The Chart.js plugin that paints a layer after the axes' grid and before the datasets. */
export function contourPlugin(layer: ContourLayer): Plugin<'scatter'> {
  return {
    id: 'contourLayer',
    beforeDatasetsDraw(chart) {
      layer.draw(chart as unknown as Chart);
    },
  };
}
