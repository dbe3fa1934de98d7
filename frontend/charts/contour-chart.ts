// <contour-chart>: the map. 2-D: filled contour bands of J with the optimizers' paths on top;
// 1-D: the curve J(w) with each run's points sliding along it. It only draws what the server
// sends; every number is computed in Java.
import type { ChartConfiguration, ChartEvent, LegendItem, TooltipItem } from 'chart.js';
import {
  Chart, FrameBatcher, type Part, type Pt, createCanvasHost, fmt, num, partPoints, pushAll, toPoints, downloadPng,
  BASE_OPTIONS,
} from './chart-common';
import {
  type DS,
  type MinPt,
  type Role,
  type Run,
  type Surface,
  curveDataset,
  lastFinite,
  minimaDataset,
  nowDataset,
  pathDataset,
  pathDots,
  smallStars,
} from './contour-datasets';
import { ContourLayer, contourPlugin } from './contour-layer';
import { haloPlugin } from './path-halo';
import { starsReady } from './star-marker';
import { type ArrowSet, arrowsPlugin } from './step-arrows';
import { onThemeChange } from './chart-theme';
import { CanvasRecorder, type VideoResult } from './video-recorder';
import { MapZoom } from './map-zoom';

// Square by default so circles look round on the map; a 1-D curve reads better wide.
const HOST_CSS = `
  :host { display: block; position: relative; width: 100%; aspect-ratio: 1 / 1;
          max-height: 80vh; min-height: 260px; }
  :host([dim="1"]) { aspect-ratio: 16 / 10; }`;

export class ContourChartElement extends HTMLElement {
  /** The Chart.js instance (SPEC §8); undefined while the element is not in the document. */
  chart: Chart<'scatter', Pt[]> | undefined;
  /** The step arrows last sent by the server (empty when the toggle is off); read by tests. */
  arrows: ArrowSet[] = [];

  // The element keeps the data, the chart only shows it: a chart rebuilt after the element is
  // moved in the page (disconnect + connect) shows everything again.
  private surface: Surface | null = null;
  private runs: Run[] = [];
  private roles: Role[] = [];
  /** Dataset index of each run's path and of its current point. */
  private pathIndex: number[] = [];
  private nowIndex: number[] = [];
  private readonly layer = new ContourLayer();
  private readonly halo = { color: 'rgba(255, 255, 255, 0.85)', width: 5 };
  private readonly batcher = new FrameBatcher(() => this.redraw());
  private ink = '#303030';
  private readonly recorder = new CanvasRecorder();
  private stopTheme: (() => void) | undefined;
  private zoom: MapZoom | undefined;

  connectedCallback(): void {
    const canvas = createCanvasHost(this, HOST_CSS, 'Map of the loss surface with the optimizers\' paths');
    const css = getComputedStyle(this);
    this.layer.lineColor = css.getPropertyValue('--contour-line-color').trim() || this.layer.lineColor;
    this.halo.color = css.getPropertyValue('--path-halo-color').trim() || this.halo.color;
    this.chart = new Chart(canvas, this.config());
    this.applyAxes();
    // Wheel, pinch and drag change the window; the server answers with the contour for it.
    this.zoom = new MapZoom(canvas, () => this.chart, (w) => this.dispatchEvent(
      new CustomEvent('map-view', { detail: w, bubbles: true, composed: true })), () => this.surface?.dim === 1);
    this.stopTheme = onThemeChange((c) => {
      this.ink = c.ink;
      this.rebuild();
    });
    void starsReady.then(() => this.batcher.request());
    // Scrolled out of view, the map does not draw; it draws what it got once it is back.
    this.batcher.watch(this);
  }

  disconnectedCallback(): void {
    this.stopTheme?.();
    this.zoom?.detach();
    this.batcher.cancel();
    this.chart?.destroy();
    this.chart = undefined;
  }

  /** Surface JSON (see ContourChart.java): bands and isolines for dim 2, the curve for dim 1. */
  setSurface(json: string): void {
    const s = JSON.parse(json) as Surface;
    this.surface = s;
    this.setAttribute('dim', String(s.dim));
    if (s.dim === 2 && s.grid && s.levels && s.colors) {
      const [xmin, xmax, ymin, ymax] = s.view;
      this.layer.set(s.grid, s.levels, s.colors, { xmin, xmax, ymin, ymax });
    } else {
      this.layer.clear();
    }
    this.applyAxes();
    this.rebuild();
  }

  /** [{label, color}, …]: one path per run; drops the old paths. */
  setRuns(json: string): void {
    const runs = JSON.parse(json) as { label?: unknown; color?: unknown }[];
    this.runs = (Array.isArray(runs) ? runs : []).map((r) => ({
      label: String(r.label ?? ''),
      color: String(r.color ?? '#000000'),
      points: [],
      now: null,
      hidden: false,
    }));
    this.rebuild();
  }

  /**
   * Same JSON as setRuns, but the points of every run whose place stays are kept (the page
   * empties a run that started over with clearRuns); runs beyond the list go.
   */
  relabelRuns(json: string): void {
    const runs = JSON.parse(json) as { label?: unknown; color?: unknown }[];
    const old = this.runs;
    this.runs = (Array.isArray(runs) ? runs : []).map((r, i) => ({
      label: String(r.label ?? ''),
      color: String(r.color ?? '#000000'),
      points: old[i]?.points ?? [],
      now: old[i]?.now ?? null,
      hidden: old[i]?.hidden ?? false,
    }));
    this.rebuild();
  }

  /** "[i, …]": empties those runs' paths (they started over); the other runs keep theirs. */
  clearRuns(json: string): void {
    for (const i of JSON.parse(json) as number[]) {
      const run = this.runs[i];
      if (!run) continue;
      run.points = [];
      run.now = null;
    }
    this.rebuild();
  }

  /**
   * {"runs":[{"index":i,"points":[[x,y],…]}]}: only the new points of each run. A frame
   * (frame-channel.ts) passes its decoded parts instead: [{index, x, y}] with typed arrays.
   */
  appendPoints(message: string | Part[]): void {
    const parts = typeof message === 'string'
      ? ((JSON.parse(message) as { runs?: { index: number; points: unknown }[] }).runs ?? [])
          .map((r) => ({ index: r.index, pts: toPoints(r.points) }))
      : message.map((p) => ({ index: p.index, pts: partPoints(p) }));
    for (const part of parts) {
      const run = this.runs[part.index];
      if (!run) continue;
      const pts = part.pts;
      // The path's array is the dataset's own: Chart.js sees the push and parses only the new points.
      pushAll(run.points, pts);
      run.now = lastFinite(pts) ?? run.now;
      const now = this.chart?.data.datasets[this.nowIndex[part.index]];
      if (now) now.data = run.now ? [run.now] : [];
    }
    this.batcher.request();
  }

  /** {"runs":[{index, at:[x,y], scale, arrows:[{kind, d:[dx,dy]}]}]}: replaces the step arrows. */
  setArrows(json: string): void {
    const msg = JSON.parse(json) as { runs?: ArrowSet[] };
    this.arrows = Array.isArray(msg.runs) ? msg.runs : [];
    this.batcher.request();
  }

  /**
   * Starts recording the map as a WebM video; returns false when the browser cannot. While
   * recording, the canvas gets the page's background (a video has no transparency).
   */
  startRecording(fileName: string): boolean {
    const c = this.chart;
    const started = !!c && this.recorder.start(c.canvas, fileName);
    this.batcher.request();
    return started;
  }

  /** Ends the recording; the browser then saves the video. */
  stopRecording(): void {
    this.recorder.stop();
  }

  /** Size and type of the last video recorded, null before any (for tests). */
  get lastVideo(): VideoResult | null {
    return this.recorder.last;
  }

  /** The window of the surface last sent by the server (for tests), null before any. */
  get surfaceView(): number[] | null {
    return this.surface ? [...this.surface.view] : null;
  }

  /** Saves what is drawn as a PNG file; returns the image as a data URL. */
  exportPng(fileName: string): string {
    this.redraw();
    return downloadPng(this.chart, fileName);
  }

  /** Empties every path (a restart); the runs and their colours stay. */
  clearPoints(): void {
    for (const run of this.runs) {
      run.points = [];
      run.now = null;
    }
    this.rebuild();
  }

  /** Redraws once; a 2-D path that has grown long loses its per-point dots first (see pathDots). */
  private redraw(): void {
    const c = this.chart;
    if (!c) return;
    if (this.surface?.dim !== 1) {
      this.pathIndex.forEach((di, run) => {
        const ds = c.data.datasets[di];
        const dots = pathDots(this.runs[run]?.points.length ?? 0);
        if (ds && ds.pointRadius !== dots.pointRadius) Object.assign(ds, dots);
      });
    }
    c.update('none');
  }

  private config(): ChartConfiguration<'scatter', Pt[]> {
    return {
      type: 'scatter',
      data: { datasets: [] },
      options: {
        // Unparsed data (BASE_OPTIONS): points arrive as {x, y}; only the paths opt back into parsing (see pathDataset).
        ...BASE_OPTIONS,
        layout: { padding: { top: 6, right: 10 } },
        scales: {
          // Ticks at round numbers only: the window's own ends would crowd the nearest round tick.
          x: { type: 'linear', ticks: { maxTicksLimit: 7, includeBounds: false }, grid: { color: 'rgba(0,0,0,0.06)' } },
          y: { type: 'linear', ticks: { maxTicksLimit: 7, includeBounds: false }, grid: { color: 'rgba(0,0,0,0.06)' } },
        },
        interaction: { mode: 'nearest', intersect: true, axis: 'xy' },
        plugins: {
          legend: {
            position: 'bottom',
            labels: {
              usePointStyle: true,
              boxHeight: 8,
              filter: (item) => this.inLegend(item),
              generateLabels: (chart) => Chart.defaults.plugins.legend.labels.generateLabels(chart).map(smallStars),
            },
            onClick: (_e, item) => this.toggle(item),
          },
          tooltip: {
            filter: (item) => this.roles[item.datasetIndex] !== 'curve',
            callbacks: { label: (item) => this.tooltipLabel(item) },
          },
        },
        onClick: (e) => this.onPlotClick(e),
        onHover: (e) => {
          const c = this.chart;
          if (c) c.canvas.style.cursor = this.inPlot(e) ? 'crosshair' : 'default';
        },
      },
      plugins: [
        {
          id: 'videoBackground',
          beforeDraw: (chart) => {
            if (!this.recorder.recording) return;
            const ctx = chart.ctx;
            ctx.save();
            ctx.fillStyle = getComputedStyle(this).getPropertyValue('--lumo-base-color').trim() || '#ffffff';
            ctx.fillRect(0, 0, chart.width, chart.height);
            ctx.restore();
          },
        },
        contourPlugin(this.layer),
        haloPlugin((i) => this.roles[i] === 'path' && this.surface?.dim !== 1, this.halo),
        arrowsPlugin({
          sets: () => this.arrows,
          color: (run) => (this.runs[run] && !this.runs[run].hidden ? this.runs[run].color : null),
          oneD: () => this.surface?.dim === 1,
        }),
      ],
    };
  }

  /** View window and axis titles from the surface; fixed, so the map never rescales under a path. */
  private applyAxes(): void {
    const c = this.chart;
    const s = this.surface;
    if (!c || !s) return;
    const [xmin, xmax, ymin, ymax] = s.dim === 1 ? [s.view[0], s.view[1], ...(s.yRange ?? [])] : s.view;
    const title = (text: string | undefined) => ({ display: !!text, text: text ?? '' });
    Object.assign(c.options.scales!.x!, { min: num(xmin) ?? undefined, max: num(xmax) ?? undefined, title: title(s.labels?.x) });
    Object.assign(c.options.scales!.y!, { min: num(ymin) ?? undefined, max: num(ymax) ?? undefined, title: title(s.labels?.y) });
  }

  /** Datasets from the stored state: curve, minima, one path and one current point per run. */
  private rebuild(): void {
    const c = this.chart;
    if (!c) return;
    const sets: DS[] = [];
    this.roles = [];
    const add = (role: Role, ds: DS): number => {
      this.roles.push(role);
      return sets.push(ds) - 1;
    };
    const s = this.surface;
    const oneD = s?.dim === 1;
    if (oneD && s.curve) add('curve', curveDataset(s, this.ink));
    for (const global of [true, false]) {
      const data: MinPt[] = (s?.minima ?? [])
        .filter((m) => !!m.global === global)
        .map((m) => ({ x: num(m.point?.[0]), y: oneD ? num(m.value) : num(m.point?.[1]), v: num(m.value) }));
      const name = global ? s?.labels?.globalMinimum : s?.labels?.localMinimum;
      if (data.length) add('minimum', minimaDataset(data, global, name));
    }
    this.pathIndex = this.runs.map((r) => add('path', pathDataset(r, oneD)));
    // Current points are drawn on top of every path (lowest order) and kept out of the legend.
    this.nowIndex = this.runs.map((r) => add('now', nowDataset(r, oneD)));
    c.data.datasets = sets;
    this.batcher.request();
  }

  private inLegend(item: LegendItem): boolean {
    return item.datasetIndex !== undefined && this.roles[item.datasetIndex] !== 'now';
  }

  /** Legend click hides a run's path together with its current point. */
  private toggle(item: LegendItem): void {
    const c = this.chart;
    const i = item.datasetIndex;
    if (!c || i === undefined) return;
    const visible = !c.isDatasetVisible(i);
    c.setDatasetVisibility(i, visible);
    const run = this.pathIndex.indexOf(i);
    if (run >= 0) {
      c.setDatasetVisibility(this.nowIndex[run], visible);
      this.runs[run].hidden = !visible;
    }
    c.update('none');
  }

  private tooltipLabel(item: TooltipItem<'scatter'>): string {
    const p = item.raw as MinPt;
    const name = item.dataset.label ?? '';
    const oneD = this.surface?.dim === 1;
    if (this.roles[item.datasetIndex] === 'minimum') {
      return oneD ? `${name}: w = ${fmt(p.x)}, J = ${fmt(p.v)}` : `${name}: (${fmt(p.x)}, ${fmt(p.y)}), J = ${fmt(p.v)}`;
    }
    return oneD ? `${name}: w = ${fmt(p.x)}, J = ${fmt(p.y)}` : `${name}: (${fmt(p.x)}, ${fmt(p.y)})`;
  }

  private inPlot(e: ChartEvent): boolean {
    const a = this.chart?.chartArea;
    return !!a && e.x !== null && e.y !== null && e.x >= a.left && e.x <= a.right && e.y >= a.top && e.y <= a.bottom;
  }

  /** A click in the plot area reports data coordinates (1-D: x is w, y is J at the click). */
  private onPlotClick(e: ChartEvent): void {
    const c = this.chart;
    if (!c || !this.inPlot(e) || this.zoom?.justMoved()) return;
    const x = c.scales.x.getValueForPixel(e.x!);
    const y = c.scales.y.getValueForPixel(e.y!);
    if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) return;
    this.dispatchEvent(new CustomEvent('map-click', { detail: { x, y }, bubbles: true, composed: true }));
  }
}

customElements.get('contour-chart') || customElements.define('contour-chart', ContourChartElement);
