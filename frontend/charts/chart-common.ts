// Shared set-up of the chart elements: Chart.js registration, point conversion, frame batching
// and the shadow-DOM skeleton every chart uses.
import {
  Chart,
  Decimation,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  LogarithmicScale,
  PointElement,
  ScatterController,
  Title,
  Tooltip,
} from 'chart.js';

// Only what the charts use is registered, so the bundle leaves out the rest of Chart.js.
// Registering twice is harmless, so every element module may import this one.
Chart.register(
  ScatterController,
  LineController,
  PointElement,
  LineElement,
  LinearScale,
  LogarithmicScale,
  Tooltip,
  Legend,
  Title,
  Decimation,
);

export { Chart };

/** A data point; null marks a non-finite value, which Chart.js draws as a gap. */
export interface Pt {
  x: number | null;
  y: number | null;
}

/** The server sends non-finite numbers as null; anything else that is not a finite number is one too. */
export function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** [x, y] pairs as sent by the server → Chart.js points. */
export function toPoints(pairs: unknown): Pt[] {
  if (!Array.isArray(pairs)) return [];
  return pairs.map((p) => (Array.isArray(p) ? { x: num(p[0]), y: num(p[1]) } : { x: null, y: null }));
}

/** New points of one run or series as the frame channel decodes them: typed arrays, NaN for gaps. */
export interface Part {
  index: number;
  x: ArrayLike<number>;
  y: ArrayLike<number>;
}

/** A decoded part's points; NaN and infinities become null (gaps). */
export function partPoints(part: Part): Pt[] {
  const n = Math.min(part.x.length, part.y.length);
  const pts: Pt[] = new Array(n);
  for (let i = 0; i < n; i++) pts[i] = { x: num(part.x[i]), y: num(part.y[i]) };
  return pts;
}

/** Appends in chunks: a spread of very many arguments would overflow the call stack. */
export function pushAll<T>(target: T[], items: T[]): void {
  for (let i = 0; i < items.length; i += 8192) target.push(...items.slice(i, i + 8192));
}

/** "#rrggbb" → "#rrggbbaa"; other colour syntaxes are returned unchanged (opaque). */
export function withAlpha(color: string, alpha: number): string {
  if (!/^#[0-9a-fA-F]{6}$/.test(color)) return color;
  return color + Math.round(alpha * 255).toString(16).padStart(2, '0');
}

/** Short, readable numbers for tooltips. */
export function fmt(v: number | null | undefined): string {
  if (v == null || !Number.isFinite(v)) return '–';
  return Math.abs(v) >= 1e5 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(3) : String(+v.toPrecision(5));
}

/**
 * Coalesces update requests to one per animation frame: the server may deliver a whole
 * round trip of appends at once, and redrawing after each would waste frames.
 *
 * Given the chart's element ({@link watch}), it also skips drawing while the element is out of
 * view (scrolled away, or in a collapsed panel): the request is remembered and the chart draws
 * once it comes back into view. Until then {@code keep} (if given) hands the new data to the
 * chart without drawing, so what the chart holds stays current for anyone who reads it.
 */
export class FrameBatcher {
  private handle = 0;
  private inView = true;
  private pending = false;
  private observer: IntersectionObserver | undefined;

  constructor(private readonly flush: () => void, private readonly keep?: () => void) {}

  /** Draws only while {@code element} is within (or within 200 px of) the viewport. */
  watch(element: Element): void {
    if (this.observer || typeof IntersectionObserver === 'undefined') return;
    this.observer = new IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1];
      this.inView = entry.isIntersecting;
      if (this.inView && this.pending) {
        this.pending = false;
        this.request();
      }
    }, { rootMargin: '200px' });
    this.observer.observe(element);
  }

  /** Whether the chart is in view (or not watched). */
  get visible(): boolean {
    return this.inView;
  }

  request(): void {
    if (!this.inView) {
      this.pending = true;
      this.keep?.();
      return;
    }
    if (this.handle) return;
    this.handle = requestAnimationFrame(() => {
      this.handle = 0;
      this.flush();
    });
  }

  cancel(): void {
    if (this.handle) cancelAnimationFrame(this.handle);
    this.handle = 0;
    this.observer?.disconnect();
    this.observer = undefined;
    this.inView = true;
    this.pending = false;
  }
}

/**
 * What every chart here shares: it fills its host (the page sizes the boxes), draws without
 * animation (frames arrive up to 30 times a second) and takes its data unparsed, as {x, y}
 * objects built from what the server sends. Spread first into each chart's options.
 */
export const BASE_OPTIONS = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
  parsing: false,
} as const;

/**
 * A shadow root holding a positioned box with the canvas: Chart.js sizes the canvas to its
 * parent, so the box must be a dedicated, positioned container that follows the host's size.
 * Chart.js resizes on the next frame; until then the box clips, so a canvas never spills over
 * its neighbours when the page narrows (a scroll bar appearing, a phone turned).
 */
export function createCanvasHost(host: HTMLElement, hostCss: string, label: string): HTMLCanvasElement {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `${hostCss}
    :host([hidden]) { display: none; }
    .box { position: absolute; inset: 0; overflow: hidden; }
    canvas { display: block; }`;
  const box = document.createElement('div');
  box.className = 'box';
  const canvas = document.createElement('canvas');
  // A canvas says nothing to a screen reader unless it is labelled as an image.
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', label);
  box.append(canvas);
  root.replaceChildren(style, box);
  return canvas;
}

/**
 * Saves the chart as a PNG file (for slides) and returns the image as a data URL. The canvas is
 * transparent, so the picture is drawn over the page's background first (white, or the dark
 * theme's base colour, so that text drawn for the dark theme stays readable).
 */
export function downloadPng(chart: Chart | undefined, fileName: string): string {
  if (!chart) return '';
  const source = chart.canvas;
  const copy = document.createElement('canvas');
  copy.width = source.width;
  copy.height = source.height;
  const ctx = copy.getContext('2d');
  if (!ctx) return '';
  ctx.fillStyle = getComputedStyle(document.documentElement).getPropertyValue('--lumo-base-color').trim() || '#ffffff';
  ctx.fillRect(0, 0, copy.width, copy.height);
  ctx.drawImage(source, 0, 0);
  const url = copy.toDataURL('image/png');
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  return url;
}
