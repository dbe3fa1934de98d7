// <series-chart>: values per iteration k (J, θ components, learning rate), one line per series.
// Streams by appends only; decimation keeps 100 000 points per series cheap to draw.
import { Ticks, type ChartConfiguration, type ChartDataset, type Scale, type Tick, type TooltipItem } from 'chart.js';
import {
  Chart, FrameBatcher, type Part, type Pt, createCanvasHost, fmt, num, partPoints, pushAll, downloadPng, BASE_OPTIONS,
} from './chart-common';
// Text and grid colours follow the page's light or dark theme.
import './chart-theme';

interface SeriesSpec {
  label?: string;
  color?: string;
  dash?: number[];
}

interface Config {
  title?: string;
  xLabel?: string;
  yLabel?: string;
  logY?: boolean;
  /** Off when the page already names the runs' colours elsewhere; the legend eats height. */
  legend?: boolean;
  series?: SeriesSpec[];
}

/** The server's points, and for a log axis a copy with non-positive values turned into gaps. */
interface Series {
  spec: SeriesSpec;
  raw: Pt[];
  log: Pt[] | null;
}

type DS = ChartDataset<'line', Pt[]>;

const HOST_CSS = `
  :host { display: block; position: relative; width: 100%; height: 260px; min-height: 160px; }`;

const positiveOnly = (p: Pt): Pt => (p.y !== null && p.y > 0 ? p : { x: p.x, y: null });

export class SeriesChartElement extends HTMLElement {
  /** The Chart.js instance (SPEC §8); undefined while the element is not in the document. */
  chart: Chart<'line', Pt[]> | undefined;

  private cfg: Config = {};
  private series: Series[] = [];
  private logY = false;
  // Out of view it does not draw, but the datasets still get the new arrays (tests and the tooltip read them).
  private readonly batcher = new FrameBatcher(() => this.flush(), () => this.handOver());

  connectedCallback(): void {
    this.chart = new Chart(createCanvasHost(this, HOST_CSS, this.cfg.title || 'Values per iteration'), this.config());
    this.applyConfig();
    this.batcher.watch(this);
  }

  disconnectedCallback(): void {
    this.batcher.cancel();
    this.chart?.destroy();
    this.chart = undefined;
  }

  /** Saves what is drawn as a PNG file; returns the image as a data URL. */
  exportPng(fileName: string): string {
    this.flush();
    return downloadPng(this.chart, fileName);
  }

  /** {"title","xLabel","yLabel","logY","series":[{label,color,dash}]}: empty series. */
  configure(json: string): void {
    this.cfg = JSON.parse(json) as Config;
    this.logY = !!this.cfg.logY;
    this.series = (this.cfg.series ?? []).map((spec) => ({ spec, raw: [], log: this.logY ? [] : null }));
    this.applyConfig();
  }

  /**
   * Same JSON as configure, but the points of every series whose place stays are kept (the page
   * empties a series whose run started over with clearSeries); the log axis stays as it is.
   */
  relabel(json: string): void {
    const old = this.series;
    const logY = this.logY;
    this.cfg = { ...(JSON.parse(json) as Config), logY };
    this.series = (this.cfg.series ?? []).map((spec, i) => ({
      spec,
      raw: old[i]?.raw ?? [],
      log: logY ? (old[i]?.log ?? []) : null,
    }));
    this.applyConfig();
  }

  /** "[i, …]": empties those series (their run started over); the others keep their points. */
  clearSeries(json: string): void {
    for (const i of JSON.parse(json) as number[]) {
      const s = this.series[i];
      if (!s) continue;
      s.raw = [];
      s.log = this.logY ? [] : null;
    }
    this.batcher.request();
  }

  /** {"series":[{"index":i,"x":[k…],"y":[v…|null]}]}: new points only. */
  append(json: string): void {
    const msg = JSON.parse(json) as { series?: { index: number; x?: unknown[]; y?: unknown[] }[] };
    for (const part of msg.series ?? []) {
      const xs = part.x ?? [];
      const ys = part.y ?? [];
      this.add(part.index, xs.map((x, i) => ({ x: num(x), y: num(ys[i]) })));
    }
    this.batcher.request();
  }

  /** New points of some series from a frame (frame-channel.ts): typed arrays, NaN for gaps. */
  appendParts(parts: Part[]): void {
    for (const part of parts) this.add(part.index, partPoints(part));
    this.batcher.request();
  }

  private add(index: number, pts: Pt[]): void {
    const s = this.series[index];
    if (!s) return;
    pushAll(s.raw, pts);
    if (s.log) pushAll(s.log, pts.map(positiveOnly));
  }

  clearData(): void {
    for (const s of this.series) {
      s.raw = [];
      s.log = this.logY ? [] : null;
    }
    this.batcher.request();
  }

  /** A log y axis cannot show J ≤ 0: those points become gaps instead of breaking the scale. */
  setLogY(on: boolean): void {
    this.logY = !!on;
    for (const s of this.series) s.log = this.logY ? s.raw.map(positiveOnly) : null;
    const c = this.chart;
    if (c) c.options.scales!.y!.type = this.logY ? 'logarithmic' : 'linear';
    this.batcher.request();
  }

  private config(): ChartConfiguration<'line', Pt[]> {
    return {
      type: 'line',
      data: { datasets: [] },
      options: {
        // Unparsed data (BASE_OPTIONS): decimation needs unparsed {x, y} data; k only grows, so the data is sorted by x.
        ...BASE_OPTIONS,
        normalized: true,
        spanGaps: false,
        scales: {
          x: { type: 'linear', ticks: { maxTicksLimit: 8 } },
          y: {
            type: 'linear',
            ticks: {
              maxTicksLimit: 6,
              callback(value, index, ticks) {
                return yTickLabel(this, Number(value), index, ticks);
              },
            },
            afterBuildTicks: decadeTicks,
          },
        },
        // Every series at the k nearest the pointer, so J of several optimizers can be compared.
        interaction: { mode: 'nearest', axis: 'x', intersect: false },
        plugins: {
          decimation: { enabled: true, algorithm: 'lttb' },
          legend: { position: 'bottom', labels: { boxWidth: 18, boxHeight: 2 } },
          title: { display: false, text: '' },
          tooltip: {
            callbacks: {
              title: (items: TooltipItem<'line'>[]) => (items.length ? `k = ${fmt(items[0].parsed.x)}` : ''),
              label: (item: TooltipItem<'line'>) => `${item.dataset.label ?? ''}: ${fmt(item.parsed.y)}`,
            },
          },
        },
      },
    };
  }

  private applyConfig(): void {
    const c = this.chart;
    if (!c) return;
    const o = c.options;
    const title = (text: string | undefined) => ({ display: !!text, text: text ?? '' });
    Object.assign(o.plugins!.title!, title(this.cfg.title));
    Object.assign(o.plugins!.legend!, { display: this.cfg.legend !== false });
    Object.assign(o.scales!.x!, { title: title(this.cfg.xLabel) });
    Object.assign(o.scales!.y!, { title: title(this.cfg.yLabel), type: this.logY ? 'logarithmic' : 'linear' });
    c.data.datasets = this.series.map((s) => dataset(s.spec));
    // The new datasets get the series' arrays now, not at the next draw: Chart.js still listens to
    // the pushes on an array it was drawing, and a push into one whose dataset (by index) holds
    // another array threw inside Chart.js (after a relabel, the next frame's points of the other
    // series, charts and chips were lost).
    this.handOver();
    c.canvas.setAttribute('aria-label', this.cfg.title || 'Values per iteration');
    // Drawn with the next frame, like appends: a configure is nearly always followed by an
    // append in the same server answer, and drawing the empty chart first cost a full redraw
    // (an α change configures up to a dozen series charts) before the map could draw.
    this.batcher.request();
  }

  /** Hands the current arrays to the datasets, then redraws once. */
  private flush(): void {
    const c = this.chart;
    if (!c) return;
    this.handOver();
    c.update('none');
  }

  /** Hands the current arrays to the datasets, without drawing. */
  private handOver(): void {
    const c = this.chart;
    if (!c) return;
    // Assigned each time rather than pushed into dataset.data: while decimation is active that
    // property returns the decimated copy, and its setter is how new source data gets in.
    this.series.forEach((s, i) => {
      const ds = c.data.datasets[i];
      if (ds) ds.data = s.log ?? s.raw;
    });
  }
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 10⁻⁵ rather than 0.00001: a loss falling over many decades stays readable. */
function powerOfTen(exponent: number): string {
  if (exponent === 0) return '1';
  if (exponent === 1) return '10';
  const digits = [...String(Math.abs(exponent))].map((d) => SUPERSCRIPT[Number(d)]).join('');
  return `10${exponent < 0 ? '⁻' : ''}${digits}`;
}

function exponentOf(v: number): number | null {
  const e = Math.round(Math.log10(v));
  return v > 0 && Math.abs(v / 10 ** e - 1) < 1e-9 ? e : null;
}

/**
 * A log axis spanning decades gets ticks at powers of ten only, every n-th decade so that at
 * most six remain; Chart.js would put 1…9 in every decade and skip labels unevenly.
 */
function decadeTicks(scale: Scale): void {
  if (scale.type !== 'logarithmic') return;
  const decades = scale.ticks.filter((t) => exponentOf(t.value) !== null);
  if (decades.length < 2) return;
  const step = Math.ceil(decades.length / 6);
  scale.ticks = decades.filter((t) => exponentOf(t.value)! % step === 0);
}

/** Log axis: 10ⁿ for powers of ten (Chart.js would print 1e-20 as twenty zeros); else Chart.js's labels. */
function yTickLabel(scale: Scale, value: number, index: number, ticks: Tick[]): string {
  const e = scale.type === 'logarithmic' ? exponentOf(value) : null;
  if (e !== null) return powerOfTen(e);
  return scale.type === 'logarithmic' ? fmt(value) : Ticks.formatters.numeric.call(scale, value, index, ticks);
}

function dataset(spec: SeriesSpec): DS {
  const color = spec.color ?? '#000000';
  return {
    label: spec.label ?? '',
    data: [],
    borderColor: color,
    backgroundColor: color,
    borderDash: Array.isArray(spec.dash) ? spec.dash : [],
    borderWidth: 1.8,
    pointRadius: 0,
    pointHoverRadius: 4,
    pointHitRadius: 4,
  };
}

customElements.get('series-chart') || customElements.define('series-chart', SeriesChartElement);
