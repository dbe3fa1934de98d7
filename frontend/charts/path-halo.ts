// A light halo under each 2-D path: the server's run colours must stay readable on every
// contour band, dark or light, as cartographers outline roads on a relief map.
import type { Chart, ChartArea, Plugin } from 'chart.js';

export interface HaloStyle {
  color: string;
  width: number;
}

/** Draws the halo under the datasets for which wanted(index) holds, clipped to the plot area. */
export function haloPlugin(wanted: (datasetIndex: number) => boolean, style: HaloStyle): Plugin<'scatter'> {
  return {
    id: 'pathHalo',
    beforeDatasetDraw(chart, args) {
      if (!wanted(args.index)) return;
      stroke(chart as unknown as Chart, args.meta.data as unknown as { x: number; y: number; skip?: boolean }[], style);
    },
  };
}

function stroke(chart: Chart, points: { x: number; y: number; skip?: boolean }[], style: HaloStyle): void {
  const a: ChartArea = chart.chartArea;
  const ctx = chart.ctx;
  ctx.save();
  ctx.beginPath();
  ctx.rect(a.left, a.top, a.right - a.left, a.bottom - a.top);
  ctx.clip();
  ctx.beginPath();
  let pen = false;
  for (const p of points) {
    // A gap (non-finite point) lifts the pen, as the path itself does.
    if (p.skip || !Number.isFinite(p.x) || !Number.isFinite(p.y)) {
      pen = false;
      continue;
    }
    if (pen) ctx.lineTo(p.x, p.y);
    else ctx.moveTo(p.x, p.y);
    pen = true;
  }
  ctx.lineWidth = style.width;
  ctx.strokeStyle = style.color;
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  ctx.stroke();
  ctx.restore();
}
