// Step arrows on the map: at each run's current point, the parts of its latest update. The
// vectors, already scaled, come from the server (StepArrows.java); this file only draws them,
// in the run's colour, one dash style per kind so they are told apart without colour.
import type { Chart, Plugin } from 'chart.js';

export interface ArrowSet {
  index: number;
  at: [number, number];
  scale: number;
  arrows: { kind: string; d: [number, number] }[];
}

/** Solid for what really happened, dashed for the gradient, dotted for momentum. */
const DASH: Record<string, number[]> = { update: [], gradient: [7, 4], momentum: [2, 3] };

export interface ArrowSource {
  sets(): ArrowSet[];
  color(run: number): string | null;
  oneD(): boolean;
}

/** Draws after the datasets so the arrows sit on top of the paths, clipped to the plot area. */
export function arrowsPlugin(source: ArrowSource): Plugin<'scatter'> {
  return {
    id: 'stepArrows',
    afterDatasetsDraw(chart) {
      const sets = source.sets();
      if (!sets.length) return;
      const c = chart as unknown as Chart;
      const a = c.chartArea;
      const ctx = c.ctx;
      ctx.save();
      ctx.beginPath();
      ctx.rect(a.left, a.top, a.right - a.left, a.bottom - a.top);
      ctx.clip();
      for (const set of sets) {
        const color = source.color(set.index);
        if (!color) continue;
        const x0 = c.scales.x.getPixelForValue(set.at[0]);
        const y0 = c.scales.y.getPixelForValue(set.at[1]);
        set.arrows.forEach((arrow, i) => {
          // 1-D: every arrow lies along w; stack them a few pixels apart so none hides another.
          const lift = source.oneD() ? -10 * (i + 1) : 0;
          const x1 = c.scales.x.getPixelForValue(set.at[0] + arrow.d[0]);
          const y1 = source.oneD() ? y0 : c.scales.y.getPixelForValue(set.at[1] + arrow.d[1]);
          draw(ctx, x0, y0 + lift, x1, y1 + lift, color, DASH[arrow.kind] ?? []);
        });
      }
      ctx.restore();
    },
  };
}

function draw(ctx: CanvasRenderingContext2D, x0: number, y0: number, x1: number, y1: number, color: string, dash: number[]): void {
  const len = Math.hypot(x1 - x0, y1 - y0);
  if (!Number.isFinite(len) || len < 1) return;
  const ux = (x1 - x0) / len;
  const uy = (y1 - y0) / len;
  const head = Math.min(10, len / 2);
  ctx.lineCap = 'round';
  // A white outline first, as for the paths, so the arrow reads on every contour band.
  for (const [stroke, width] of [['rgba(255,255,255,0.85)', 5], [color, 2.2]] as const) {
    ctx.strokeStyle = stroke;
    ctx.fillStyle = stroke;
    ctx.lineWidth = width;
    ctx.setLineDash(dash);
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.lineTo(x1 - ux * head * 0.8, y1 - uy * head * 0.8);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x1 - ux * head - uy * head * 0.5, y1 - uy * head + ux * head * 0.5);
    ctx.lineTo(x1 - ux * head + uy * head * 0.5, y1 - uy * head - ux * head * 0.5);
    ctx.closePath();
    if (width > 3) ctx.stroke();
    else ctx.fill();
  }
}
