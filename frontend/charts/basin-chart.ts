// <basin-chart>: a basin-of-attraction map. Each cell is a start point, coloured by where a run
// from it ends (which minimum, diverged, none); the minima are stars on top. 1-D surfaces are a
// strip over w. It only draws what the server sends; the runs are computed in Java.
import type { ChartConfiguration, LegendItem, Plugin } from 'chart.js';
import { BasinLayer, basinPlugin } from './basin-layer';
import { Chart, type Pt, createCanvasHost, downloadPng, fmt, num, BASE_OPTIONS } from './chart-common';
// Text and grid colours follow the page's light or dark theme.
import './chart-theme';
import { LOCAL_STAR, LOCAL_STAR_SMALL, starsReady } from './star-marker';

interface LegendIn {
  label?: unknown;
  color?: unknown;
}

interface Basins {
  title?: string;
  view?: unknown[];
  nx?: unknown;
  ny?: unknown;
  cells?: unknown[];
  palette?: unknown[];
  legend?: LegendIn[];
  minima?: unknown[];
  minimaLabel?: string;
  /** "start" in the page's language, for the readout of the cell under the pointer. */
  startLabel?: string;
  labels?: { x?: string; y?: string };
}

interface Hover {
  i: number;
  j: number;
  paletteIndex: number;
  /** Pointer position in canvas pixels, where the readout goes. */
  px: number;
  py: number;
}

// Square by default so the map is not stretched; a 1-D strip is short and wide.
const HOST_CSS = `
  :host { display: block; position: relative; width: 100%; aspect-ratio: 1 / 1;
          max-height: 80vh; min-height: 260px; }
  :host([dim="1"]) { aspect-ratio: auto; height: 180px; min-height: 140px; }`;

const LABEL = 'Basins of attraction: where a run from each start point ends';

export class BasinChartElement extends HTMLElement {
  /** The Chart.js instance (SPEC §8); undefined while the element is not in the document. */
  chart: Chart<'scatter', Pt[]> | undefined;

  // The element keeps the map, the chart only shows it (a chart rebuilt after a move shows it again).
  private basins: Basins = {};
  private oneD = false;
  private legend: { label: string; color: string }[] = [];
  private palette: string[] = [];
  private minima: Pt[] = [];
  private hover: Hover | null = null;
  private readonly layer = new BasinLayer();

  connectedCallback(): void {
    this.chart = new Chart(createCanvasHost(this, HOST_CSS, LABEL), this.config());
    this.apply();
    void starsReady.then(() => this.chart?.update('none'));
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

  /** The whole map (see BasinChart.java); replaces what was shown. */
  show(json: string): void {
    const b = JSON.parse(json) as Basins;
    this.basins = b && typeof b === 'object' ? b : {};
    const view = (Array.isArray(this.basins.view) ? this.basins.view : []).map(num);
    const nx = num(this.basins.nx) ?? 0;
    const ny = num(this.basins.ny) ?? 0;
    // One row of starts is a 1-D surface: only view[0..1] (the w window) counts.
    this.oneD = ny === 1;
    const [xmin, xmax] = view;
    const [ymin, ymax] = this.oneD ? [0, 1] : [view[2], view[3]];
    this.palette = (Array.isArray(this.basins.palette) ? this.basins.palette : []).map((c) => String(c));
    this.legend = (Array.isArray(this.basins.legend) ? this.basins.legend : []).map((l) => ({
      label: String(l?.label ?? ''),
      color: String(l?.color ?? '#000000'),
    }));
    this.minima = (Array.isArray(this.basins.minima) ? this.basins.minima : []).map((m) =>
      Array.isArray(m) ? { x: num(m[0]), y: this.oneD ? 0.5 : num(m[1]) } : { x: null, y: null },
    );
    if (xmin != null && xmax != null && ymin != null && ymax != null && xmin < xmax && ymin < ymax) {
      this.layer.set(nx, ny, Array.isArray(this.basins.cells) ? this.basins.cells : [], this.palette, { xmin, xmax, ymin, ymax });
    } else {
      this.layer.clear();
    }
    this.setAttribute('dim', this.oneD ? '1' : '2');
    this.hover = null;
    this.apply();
  }

  /** Empties the map. */
  clear(): void {
    this.basins = {};
    this.legend = [];
    this.palette = [];
    this.minima = [];
    this.hover = null;
    this.layer.clear();
    this.apply();
  }

  private config(): ChartConfiguration<'scatter', Pt[]> {
    return {
      type: 'scatter',
      data: { datasets: [] },
      options: {
        ...BASE_OPTIONS,
        layout: { padding: { top: 6, right: 10 } },
        scales: {
          // Ticks at round numbers only: the window's own ends would crowd the nearest round tick.
          x: { type: 'linear', ticks: { maxTicksLimit: 7, includeBounds: false }, grid: { display: false } },
          y: { type: 'linear', ticks: { maxTicksLimit: 7, includeBounds: false }, grid: { display: false } },
        },
        plugins: {
          legend: {
            position: 'bottom',
            labels: { usePointStyle: true, boxHeight: 9, generateLabels: () => this.legendItems() },
            onClick: (_e, item) => this.toggleStars(item),
          },
          title: { display: false, text: '' },
          // The readout of hoverPlugin names the start point under the pointer instead.
          tooltip: { enabled: false },
        },
      },
      plugins: [basinPlugin(this.layer), this.hoverPlugin()],
    };
  }

  /** Axes fixed to the view window, titles, and the minima. */
  private apply(): void {
    const c = this.chart;
    if (!c) return;
    const b = this.basins;
    const o = c.options;
    const title = (text: string | undefined) => ({ display: !!text, text: text ?? '' });
    const view = (Array.isArray(b.view) ? b.view : []).map(num);
    const [ymin, ymax] = this.oneD ? [0, 1] : [view[2], view[3]];
    Object.assign(o.plugins!.title!, title(b.title));
    Object.assign(o.scales!.x!, { min: view[0] ?? undefined, max: view[1] ?? undefined, title: title(b.labels?.x) });
    Object.assign(o.scales!.y!, {
      min: ymin ?? undefined,
      max: ymax ?? undefined,
      display: !this.oneD,
      title: title(this.oneD ? undefined : b.labels?.y),
    });
    c.data.datasets = this.minima.length
      ? [
          {
            label: b.minimaLabel || 'minima',
            data: this.minima,
            pointStyle: LOCAL_STAR,
            pointRadius: LOCAL_STAR.width / 2,
            pointHoverRadius: LOCAL_STAR.width / 2,
          },
        ]
      : [];
    c.canvas.setAttribute('aria-label', b.title || LABEL);
    c.update('none');
  }

  /** The server's legend as colour swatches, then the stars' key. */
  private legendItems(): LegendItem[] {
    const c = this.chart;
    const font = (Chart.defaults.color as string) || '#666';
    const items: LegendItem[] = this.legend.map((l) => ({
      text: l.label,
      fillStyle: l.color,
      strokeStyle: 'rgba(0, 0, 0, 0.45)',
      lineWidth: 1,
      pointStyle: 'rect',
      hidden: false,
      fontColor: font,
    }));
    if (this.minima.length && c) {
      items.push({
        text: String(c.data.datasets[0]?.label ?? ''),
        datasetIndex: 0,
        pointStyle: LOCAL_STAR_SMALL,
        hidden: !c.isDatasetVisible(0),
        fontColor: font,
      });
    }
    return items;
  }

  /** Only the stars can be hidden: the map is the point of the chart. */
  private toggleStars(item: LegendItem): void {
    const c = this.chart;
    if (!c || item.datasetIndex !== 0) return;
    c.setDatasetVisibility(0, !c.isDatasetVisible(0));
    c.update('none');
  }

  /**
   * The label of a palette entry: the legend entry of the same colour; else, when legend and
   * palette match one to one, the entry at its index; else none (e.g. a middle band of a scale
   * whose legend names only its ends).
   */
  private labelOf(paletteIndex: number): string {
    const color = this.palette[paletteIndex];
    if (color === undefined) return '';
    const same = this.legend.find((l) => l.color.toLowerCase() === color.toLowerCase());
    if (same) return same.label;
    return this.legend.length === this.palette.length ? (this.legend[paletteIndex]?.label ?? '') : '';
  }

  /** Tracks the cell under the pointer; draws its outline and a readout of its start point. */
  private hoverPlugin(): Plugin<'scatter'> {
    return {
      id: 'basinHover',
      afterEvent: (chart, args) => {
        const e = args.event;
        const before = this.hover;
        this.hover = null;
        if (e.type !== 'mouseout' && args.inChartArea && e.x !== null && e.y !== null) {
          const x = chart.scales.x.getValueForPixel(e.x);
          const y = chart.scales.y.getValueForPixel(e.y);
          const cell = x !== undefined && y !== undefined ? this.layer.cellAt(x, this.oneD ? 0.5 : y) : null;
          if (cell) this.hover = { ...cell, px: e.x, py: e.y };
        }
        if (before?.i !== this.hover?.i || before?.j !== this.hover?.j || before?.px !== this.hover?.px) args.changed = true;
        chart.canvas.style.cursor = this.hover ? 'crosshair' : 'default';
      },
      afterDraw: (chart) => this.drawHover(chart as unknown as Chart),
    };
  }

  private drawHover(chart: Chart): void {
    const h = this.hover;
    const a = chart.chartArea;
    if (!h || !a) return;
    const centre = this.layer.centre(h.i, h.j);
    const cell = this.layer.bounds(h.i, h.j);
    if (!centre || !cell) return;
    const { x, y } = chart.scales;
    const ctx = chart.ctx;
    ctx.save();
    // The cell, at least 7 px across so that a small one is still seen.
    const cx = x.getPixelForValue(centre.x);
    const cy = this.oneD ? (a.top + a.bottom) / 2 : y.getPixelForValue(centre.y);
    const w = Math.max(7, Math.abs(x.getPixelForValue(cell.xmax) - x.getPixelForValue(cell.xmin)));
    const hgt = this.oneD ? a.bottom - a.top : Math.max(7, Math.abs(y.getPixelForValue(cell.ymax) - y.getPixelForValue(cell.ymin)));
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
    ctx.strokeRect(cx - w / 2, cy - hgt / 2, w, hgt);
    ctx.lineWidth = 1.2;
    ctx.strokeStyle = '#1a1a1a';
    ctx.strokeRect(cx - w / 2, cy - hgt / 2, w, hgt);

    // The readout, in the look of a Chart.js tooltip, kept inside the canvas.
    const word = this.basins.startLabel ?? 'start';
    const start = this.oneD ? `${word} w = ${fmt(centre.x)}` : `${word} (${fmt(centre.x)}, ${fmt(centre.y)})`;
    const lines = [start, this.labelOf(h.paletteIndex)].filter((s) => s);
    const family = Chart.defaults.font.family ?? 'sans-serif';
    ctx.font = `12px ${family}`;
    const pad = 6;
    const lineH = 16;
    const boxW = Math.max(...lines.map((s) => ctx.measureText(s).width)) + 2 * pad;
    const boxH = lines.length * lineH + 2 * pad - 4;
    const cw = chart.width;
    const ch = chart.height;
    let bx = h.px + 14;
    let by = h.py + 14;
    if (bx + boxW > cw - 2) bx = h.px - 14 - boxW;
    if (by + boxH > ch - 2) by = h.py - 14 - boxH;
    bx = Math.max(2, bx);
    by = Math.max(2, by);
    ctx.fillStyle = 'rgba(0, 0, 0, 0.8)';
    ctx.beginPath();
    ctx.roundRect(bx, by, boxW, boxH, 6);
    ctx.fill();
    ctx.fillStyle = '#ffffff';
    ctx.textBaseline = 'top';
    lines.forEach((s, k) => ctx.fillText(s, bx + pad, by + pad + k * lineH));
    ctx.restore();
  }
}

customElements.get('basin-chart') || customElements.define('basin-chart', BasinChartElement);
