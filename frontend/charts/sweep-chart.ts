// <sweep-chart>: the lecture's "impact of the learning rate" picture. Final J against α on a log
// axis, one line per run; a rate that diverged is a cross in the run's colour pinned to the top
// of the plot, and each run's current α is a dashed vertical line. Every number comes from Java.
import type { ChartConfiguration, ChartDataset, ChartEvent, LegendItem, Plugin, Scale, TooltipItem } from 'chart.js';
import { Chart, createCanvasHost, downloadPng, fmt, num, BASE_OPTIONS } from './chart-common';
// Text and grid colours follow the page's light or dark theme.
import './chart-theme';
import { decadeTicks, tickLabel, ticksThatFit } from './log-ticks';

interface PointIn {
  lr?: unknown;
  loss?: unknown;
  status?: unknown;
  steps?: unknown;
}

interface RunIn {
  label?: unknown;
  color?: unknown;
  points?: PointIn[];
}

interface Sweep {
  title?: string;
  xLabel?: string;
  yLabel?: string;
  logY?: boolean;
  runs?: RunIn[];
  marks?: { run?: unknown; lr?: unknown }[];
  /** The chart's own words (translated by the server); English when absent. */
  texts?: { diverged?: string; finalJ?: string; status?: string; stepsToTolerance?: string; statuses?: Record<string, string> };
}

/** A drawn point, carrying what its tooltip shows. For a diverged rate y is a placeholder. */
interface SweepPt {
  x: number;
  y: number | null;
  loss: number | null;
  status: string;
  steps: number | null;
}

interface Run {
  label: string;
  color: string;
  line: SweepPt[];
  diverged: SweepPt[];
}

interface Mark {
  run: number;
  lr: number;
}

type Role = 'line' | 'diverged';
type DS = ChartDataset<'line', SweepPt[]>;

const HOST_CSS = `
  :host { display: block; position: relative; width: 100%; height: 340px; min-height: 200px; }`;

const LABEL = 'Final loss against the learning rate';

/** Diverged crosses: first row this far below the plot's top edge, one row per run below it. */
const CROSS_TOP = 7;
const CROSS_ROW = 9;
const CROSS_RADIUS = 5;

export class SweepChartElement extends HTMLElement {
  /** The Chart.js instance (SPEC §8); undefined while the element is not in the document. */
  chart: Chart<'line', SweepPt[]> | undefined;

  // The element keeps the data, the chart only shows it, so a chart rebuilt after the element
  // moves in the page (disconnect + connect) shows everything again.
  private sweep: Sweep = {};
  private runs: Run[] = [];
  private marks: Mark[] = [];
  private hiddenRuns: boolean[] = [];
  /** Per dataset: what it draws and which run it belongs to. */
  private roles: { role: Role; run: number }[] = [];

  connectedCallback(): void {
    this.chart = new Chart(createCanvasHost(this, HOST_CSS, LABEL), this.config());
    this.apply();
  }

  disconnectedCallback(): void {
    this.chart?.destroy();
    this.chart = undefined;
  }

  /** Saves what is drawn as a PNG file; returns the image as a data URL. */
  exportPng(fileName: string): string {
    this.chart?.update('none');
    return downloadPng(this.chart, fileName);
  }

  /** The whole picture (see SweepChart.java); replaces what was shown. */
  show(json: string): void {
    const s = JSON.parse(json) as Sweep;
    this.sweep = s && typeof s === 'object' ? s : {};
    const logY = !!this.sweep.logY;
    this.runs = (Array.isArray(this.sweep.runs) ? this.sweep.runs : []).map((r) => toRun(r, logY));
    this.hiddenRuns = this.runs.map(() => false);
    this.marks = (Array.isArray(this.sweep.marks) ? this.sweep.marks : [])
      .map((m) => ({ run: num(m?.run), lr: num(m?.lr) }))
      .filter((m): m is Mark => m.run !== null && m.lr !== null && m.lr > 0 && this.runs[m.run] !== undefined);
    this.apply();
  }

  /** Empties the chart. */
  clear(): void {
    this.sweep = {};
    this.runs = [];
    this.marks = [];
    this.hiddenRuns = [];
    this.apply();
  }

  /** A run's status in the page's language; the status key itself when the server sent no word for it. */
  private statusWord(status: string): string {
    return this.sweep.texts?.statuses?.[status] ?? status;
  }

  /** One of the chart's own words: the server's translation, or English. */
  private word(key: 'diverged' | 'finalJ' | 'status' | 'stepsToTolerance'): string {
    const english = { diverged: 'diverged', finalJ: 'final J', status: 'status', stepsToTolerance: 'steps to tolerance' };
    return this.sweep.texts?.[key] || english[key];
  }

  private config(): ChartConfiguration<'line', SweepPt[]> {
    return {
      type: 'line',
      data: { datasets: [] },
      options: {
        ...BASE_OPTIONS,
        spanGaps: false,
        layout: { padding: { right: 10 } },
        scales: {
          x: {
            type: 'logarithmic',
            ticks: {
              callback(value, index, ticks) {
                return tickLabel(this, Number(value), index, ticks);
              },
            },
            afterBuildTicks: (scale) => decadeTicks(scale, ticksThatFit(scale, 46, 12)),
          },
          y: {
            type: 'linear',
            ticks: {
              maxTicksLimit: 6,
              callback(value, index, ticks) {
                return tickLabel(this, Number(value), index, ticks);
              },
            },
            afterDataLimits: (scale) => this.headroom(scale),
            afterBuildTicks: (scale) => decadeTicks(scale, 6),
          },
          // Diverged crosses only: a fixed axis that never rescales the losses; see crossRows.
          yTop: { type: 'linear', display: false, min: 0, max: 1 },
        },
        interaction: { mode: 'nearest', intersect: true, axis: 'xy' },
        plugins: {
          legend: {
            position: 'bottom',
            labels: {
              usePointStyle: true,
              boxHeight: 7,
              filter: (item) => item.datasetIndex === undefined || this.roles[item.datasetIndex]?.role === 'line',
              generateLabels: (chart) => this.legendItems(chart as unknown as Chart),
            },
            onClick: (_e, item) => this.toggle(item),
          },
          title: { display: false, text: '' },
          tooltip: {
            // The key in the tooltip is the point's own marker: a dot, or the cross of a divergence.
            usePointStyle: true,
            callbacks: {
              title: (items: TooltipItem<'line'>[]) => (items.length ? `α = ${fmt((items[0].raw as SweepPt).x)}` : ''),
              label: (item: TooltipItem<'line'>) => {
                const p = item.raw as SweepPt;
                const name = item.dataset.label ?? '';
                return p.status === 'diverged' ? `${name}: ${this.word('diverged')}` : `${name}: ${this.word('finalJ')} = ${fmt(p.loss)}`;
              },
              afterLabel: (item: TooltipItem<'line'>) => {
                const p = item.raw as SweepPt;
                const lines = p.status && p.status !== 'diverged' ? [`${this.word('status')}: ${this.statusWord(p.status)}`] : [];
                if (p.steps !== null) lines.push(`${this.word('stepsToTolerance')}: ${p.steps}`);
                return lines;
              },
            },
          },
        },
        onClick: (e) => this.onPointClick(e),
        onHover: (e, active) => {
          const c = this.chart;
          if (c) c.canvas.style.cursor = active.length ? 'pointer' : 'default';
        },
      },
      plugins: [this.marksPlugin(), this.crossRows()],
    };
  }

  /** Axes, titles and datasets from the stored sweep, then one redraw. */
  private apply(): void {
    const c = this.chart;
    if (!c) return;
    const s = this.sweep;
    const o = c.options;
    const title = (text: string | undefined) => ({ display: !!text, text: text ?? '' });
    Object.assign(o.plugins!.title!, title(s.title));
    const [lo, hi] = this.lrRange();
    Object.assign(o.scales!.x!, { title: title(s.xLabel), min: lo, max: hi });
    Object.assign(o.scales!.y!, { title: title(s.yLabel), type: s.logY ? 'logarithmic' : 'linear' });
    const sets: DS[] = [];
    this.roles = [];
    this.runs.forEach((r, i) => {
      this.roles.push({ role: 'line', run: i });
      sets.push(lineDataset(r, this.hiddenRuns[i]));
    });
    this.runs.forEach((r, i) => {
      this.roles.push({ role: 'diverged', run: i });
      sets.push(divergedDataset(r, this.hiddenRuns[i]));
    });
    c.data.datasets = sets;
    c.canvas.setAttribute('aria-label', s.title || LABEL);
    c.update('none');
  }

  /**
   * Raises the top of the loss axis so that the band of crosses stays clear of the lines: the
   * band's height in pixels, as a share of the axis's length, is added to the axis's range
   * (in decades on a log axis).
   */
  private headroom(scale: Scale): void {
    const rows = this.runs.filter((r, i) => r.diverged.length && !this.hiddenRuns[i]).length;
    const length = Number.isFinite(scale.maxHeight) && scale.maxHeight > 0 ? scale.maxHeight : 300;
    if (rows === 0 || !(scale.max > scale.min)) return;
    const band = CROSS_TOP + (rows - 1) * CROSS_ROW + CROSS_RADIUS + 6;
    const share = Math.min(0.4, band / Math.max(1, length - band));
    if (scale.type === 'logarithmic') {
      if (!(scale.min > 0)) return;
      const lo = Math.log10(scale.min);
      const hi = Math.log10(scale.max);
      scale.max = 10 ** (hi + (hi - lo) * share);
    } else {
      scale.max += (scale.max - scale.min) * share;
    }
  }

  /** The rates sent (and the marks), so the axis spans exactly the sweep. */
  private lrRange(): [number | undefined, number | undefined] {
    let lo = Infinity;
    let hi = -Infinity;
    for (const r of this.runs) {
      for (const p of [...r.line, ...r.diverged]) {
        lo = Math.min(lo, p.x);
        hi = Math.max(hi, p.x);
      }
    }
    for (const m of this.marks) {
      lo = Math.min(lo, m.lr);
      hi = Math.max(hi, m.lr);
    }
    return lo < hi ? [lo, hi] : [undefined, undefined];
  }

  /** The runs' lines, then a "diverged" key for the crosses when there are any. */
  private legendItems(chart: Chart): LegendItem[] {
    const items = Chart.defaults.plugins.legend.labels.generateLabels(chart);
    if (this.runs.some((r) => r.diverged.length)) {
      const color = Chart.defaults.color as string;
      items.push({ text: this.word('diverged'), pointStyle: 'crossRot', strokeStyle: color, fillStyle: color, lineWidth: 2, hidden: false, fontColor: color });
    }
    return items;
  }

  /** A legend click hides a run: its line, its crosses and its mark. */
  private toggle(item: LegendItem): void {
    const c = this.chart;
    const i = item.datasetIndex;
    if (!c || i === undefined || !this.roles[i]) return;
    const run = this.roles[i].run;
    this.hiddenRuns[run] = !this.hiddenRuns[run];
    this.roles.forEach((r, d) => {
      if (r.run === run) c.setDatasetVisibility(d, !this.hiddenRuns[run]);
    });
    c.update('none');
  }

  private onPointClick(e: ChartEvent): void {
    const c = this.chart;
    if (!c || !e.native) return;
    const hit = c.getElementsAtEventForMode(e.native, 'nearest', { intersect: true, axis: 'xy' }, false)[0];
    if (!hit) return;
    const role = this.roles[hit.datasetIndex];
    const p = c.data.datasets[hit.datasetIndex]?.data[hit.index];
    if (!role || !p) return;
    this.dispatchEvent(new CustomEvent('sweep-click', { detail: { run: role.run, lr: p.x }, bubbles: true, composed: true }));
  }

  /** Each visible run's current α as a dashed vertical line in its colour, under the data. */
  private marksPlugin(): Plugin<'line'> {
    return {
      id: 'sweepMarks',
      beforeDatasetsDraw: (chart) => {
        const a = chart.chartArea;
        const x = chart.scales.x;
        if (!a || !x || this.marks.length === 0) return;
        const ctx = chart.ctx;
        ctx.save();
        ctx.beginPath();
        ctx.rect(a.left, a.top, a.right - a.left, a.bottom - a.top);
        ctx.clip();
        ctx.lineWidth = 1.5;
        ctx.setLineDash([6, 4]);
        for (const m of this.marks) {
          if (this.hiddenRuns[m.run]) continue;
          const px = x.getPixelForValue(m.lr);
          if (!Number.isFinite(px)) continue;
          ctx.strokeStyle = this.runs[m.run].color;
          ctx.beginPath();
          ctx.moveTo(px, a.top);
          ctx.lineTo(px, a.bottom);
          ctx.stroke();
        }
        ctx.restore();
      },
    };
  }

  /**
   * Pins the crosses to the top edge of the plot, whatever the losses' scale: one row per shown
   * run (in pixels), so runs diverging at the same α all stay visible. The points' own positions
   * are moved, so hovering and clicking find them where they are drawn.
   */
  private crossRows(): Plugin<'line'> {
    return {
      id: 'sweepCrossRows',
      afterDatasetUpdate: (chart, args) => {
        const role = this.roles[args.index];
        const a = chart.chartArea;
        if (!role || role.role !== 'diverged' || !a) return;
        const row = this.runs.slice(0, role.run).filter((r, i) => r.diverged.length && !this.hiddenRuns[i]).length;
        const y = a.top + CROSS_TOP + row * CROSS_ROW;
        for (const el of args.meta.data) (el as unknown as { y: number }).y = y;
      },
    };
  }
}

function toRun(r: RunIn, logY: boolean): Run {
  const pts = (Array.isArray(r?.points) ? r.points : [])
    .map((p) => {
      const loss = num(p?.loss);
      const steps = num(p?.steps);
      return { x: num(p?.lr), loss, status: typeof p?.status === 'string' ? p.status : '', steps };
    })
    .filter((p): p is Omit<SweepPt, 'y'> & { x: number } => p.x !== null && p.x > 0)
    .sort((a, b) => a.x - b.x);
  const line: SweepPt[] = [];
  const diverged: SweepPt[] = [];
  for (const p of pts) {
    if (p.status === 'diverged') {
      diverged.push({ ...p, y: 1 });
      // A gap in the line: it does not join the rates either side of a divergence.
      line.push({ ...p, y: null });
    } else {
      // A log axis cannot show J ≤ 0: a gap rather than a broken scale.
      line.push({ ...p, y: p.loss !== null && (!logY || p.loss > 0) ? p.loss : null });
    }
  }
  return { label: String(r?.label ?? ''), color: String(r?.color ?? '#000000'), line, diverged };
}

function lineDataset(r: Run, hidden: boolean): DS {
  return {
    label: r.label,
    data: r.line,
    borderColor: r.color,
    backgroundColor: r.color,
    borderWidth: 1.8,
    pointRadius: 2.2,
    pointHoverRadius: 5,
    pointHitRadius: 6,
    pointBorderWidth: 0,
    pointStyle: 'circle',
    hidden,
  };
}

function divergedDataset(r: Run, hidden: boolean): DS {
  return {
    label: r.label,
    data: r.diverged,
    yAxisID: 'yTop',
    showLine: false,
    borderColor: r.color,
    backgroundColor: r.color,
    pointStyle: 'crossRot',
    pointRadius: CROSS_RADIUS,
    pointHoverRadius: CROSS_RADIUS + 2,
    pointBorderWidth: 2,
    pointHoverBorderWidth: 3,
    pointHitRadius: 4,
    hidden,
  };
}

customElements.get('sweep-chart') || customElements.define('sweep-chart', SweepChartElement);
