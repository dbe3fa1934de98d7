// Zoom and pan on the map: the wheel and a two-finger pinch zoom around the pointer, a drag pans.
// While the gesture goes on the axes follow it at once (the paths move with them); once it has
// rested for a moment the element reports the new window and the server computes the contour
// for it (every number of the surface stays in Java). A drag is not a click: the click that ends
// a drag does not move the start point.
import type { Chart, Pt } from './chart-common';

/** A data window: x from xmin to xmax, y from ymin to ymax (1-D: y is J, left alone). */
export interface Window {
  xmin: number;
  xmax: number;
  ymin: number;
  ymax: number;
}

/** Pixels a pointer must travel before a press becomes a drag. */
const DRAG_THRESHOLD = 4;
/** How long after a drag a click is still taken as its end. */
const CLICK_AFTER_DRAG_MS = 400;

export class MapZoom {
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private start: { window: Window; x: number; y: number; dist: number } | null = null;
  private dragging = false;
  private lastDragEnd = 0;
  private timer = 0;
  private readonly listeners: [string, EventListener, AddEventListenerOptions?][];

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly chart: () => Chart<'scatter', Pt[]> | undefined,
    private readonly report: (w: Window) => void,
    private readonly oneD: () => boolean,
    private readonly restMs = 300,
  ) {
    // Touches belong to the map, not to the page's scrolling.
    canvas.style.touchAction = 'none';
    this.listeners = [
      ['wheel', (e) => this.wheel(e as WheelEvent), { passive: false }],
      ['pointerdown', (e) => this.down(e as PointerEvent)],
      ['pointermove', (e) => this.move(e as PointerEvent)],
      ['pointerup', (e) => this.up(e as PointerEvent)],
      ['pointercancel', (e) => this.up(e as PointerEvent)],
    ];
    for (const [type, fn, opts] of this.listeners) canvas.addEventListener(type, fn, opts);
  }

  detach(): void {
    for (const [type, fn] of this.listeners) this.canvas.removeEventListener(type, fn);
    window.clearTimeout(this.timer);
  }

  /** Whether a click now is the end of a drag or pinch (and must not move the start point). */
  justMoved(): boolean {
    return this.dragging || performance.now() - this.lastDragEnd < CLICK_AFTER_DRAG_MS;
  }

  private current(): Window | null {
    const c = this.chart();
    if (!c) return null;
    const { x, y } = c.scales;
    return { xmin: x.min, xmax: x.max, ymin: y.min, ymax: y.max };
  }

  private inPlot(px: number, py: number): boolean {
    const a = this.chart()?.chartArea;
    return !!a && px >= a.left && px <= a.right && py >= a.top && py <= a.bottom;
  }

  private local(e: { clientX: number; clientY: number }): { x: number; y: number } {
    const r = this.canvas.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  }

  private wheel(e: WheelEvent): void {
    const p = this.local(e);
    const w = this.current();
    if (!w || !this.inPlot(p.x, p.y)) return;
    e.preventDefault();
    // Lines or pages of scrolling count as about 40 pixels each; one notch zooms by about 10 %.
    const delta = e.deltaMode === 0 ? e.deltaY : e.deltaY * 40;
    const factor = Math.exp(Math.max(-2, Math.min(2, delta * 0.0025)));
    this.apply(this.scaled(w, p.x, p.y, factor));
  }

  /** {@code w} scaled by {@code factor} (> 1 zooms out) around the pixel (px, py). */
  private scaled(w: Window, px: number, py: number, factor: number): Window {
    const c = this.chart()!;
    const fx = (px - c.chartArea.left) / (c.chartArea.right - c.chartArea.left);
    const fy = (c.chartArea.bottom - py) / (c.chartArea.bottom - c.chartArea.top);
    const cx = w.xmin + fx * (w.xmax - w.xmin);
    const cy = w.ymin + fy * (w.ymax - w.ymin);
    const out: Window = {
      xmin: cx - (cx - w.xmin) * factor,
      xmax: cx + (w.xmax - cx) * factor,
      ymin: cy - (cy - w.ymin) * factor,
      ymax: cy + (w.ymax - cy) * factor,
    };
    return this.oneD() ? { ...out, ymin: w.ymin, ymax: w.ymax } : out;
  }

  private down(e: PointerEvent): void {
    const p = this.local(e);
    if (!this.inPlot(p.x, p.y) || (e.pointerType === 'mouse' && e.button !== 0)) return;
    this.pointers.set(e.pointerId, p);
    this.begin();
  }

  /** A gesture (re)starts from the pointers down now: one pans, two pinch. */
  private begin(): void {
    const w = this.current();
    const pts = [...this.pointers.values()];
    if (!w || pts.length === 0) {
      this.start = null;
      return;
    }
    const cx = pts.reduce((s, p) => s + p.x, 0) / pts.length;
    const cy = pts.reduce((s, p) => s + p.y, 0) / pts.length;
    const dist = pts.length >= 2 ? Math.hypot(pts[0].x - pts[1].x, pts[0].y - pts[1].y) : 0;
    this.start = { window: w, x: cx, y: cy, dist };
  }

  private move(e: PointerEvent): void {
    if (!this.pointers.has(e.pointerId) || !this.start) return;
    this.pointers.set(e.pointerId, this.local(e));
    const pts = [...this.pointers.values()];
    const cx = pts.reduce((s, p) => s + p.x, 0) / pts.length;
    const cy = pts.reduce((s, p) => s + p.y, 0) / pts.length;
    if (!this.dragging && Math.hypot(cx - this.start.x, cy - this.start.y) < DRAG_THRESHOLD && pts.length < 2) return;
    if (!this.dragging) {
      this.dragging = true;
      this.canvas.setPointerCapture?.(e.pointerId);
    }
    const c = this.chart();
    if (!c) return;
    const s = this.start;
    const w = s.window;
    const dx = ((cx - s.x) / (c.chartArea.right - c.chartArea.left)) * (w.xmax - w.xmin);
    const dy = ((cy - s.y) / (c.chartArea.bottom - c.chartArea.top)) * (w.ymax - w.ymin);
    let next: Window = { xmin: w.xmin - dx, xmax: w.xmax - dx, ymin: w.ymin + dy, ymax: w.ymax + dy };
    if (pts.length >= 2 && s.dist > 0) {
      const dist = Math.hypot(pts[0].x - pts[1].x, pts[0].y - pts[1].y);
      next = this.scaled(next, cx, cy, s.dist / Math.max(dist, 1));
    }
    if (this.oneD()) next = { ...next, ymin: w.ymin, ymax: w.ymax };
    this.apply(next);
  }

  private up(e: PointerEvent): void {
    if (!this.pointers.delete(e.pointerId)) return;
    if (this.dragging && this.pointers.size === 0) {
      this.dragging = false;
      this.lastDragEnd = performance.now();
    }
    this.begin();
  }

  /** Shows {@code w} at once and reports it once the gesture has rested. */
  private apply(w: Window): void {
    const c = this.chart();
    if (!c || !(w.xmin < w.xmax && w.ymin < w.ymax)) return;
    Object.assign(c.options.scales!.x!, { min: w.xmin, max: w.xmax });
    Object.assign(c.options.scales!.y!, { min: w.ymin, max: w.ymax });
    c.update('none');
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.report(w), this.restMs);
  }
}
