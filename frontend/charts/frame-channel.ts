// <frame-channel>: where a playground tab's frames arrive (FrameChannel.java). One call per frame
// carries every chart's new points and every running run's k as one base64 string (the layout
// is FrameMessage.java's); this element hands each chart of the page (found by id) its points and
// writes each status chip's text from its k and the words the server left on the chip.
import type { Part } from './chart-common';

interface PointsTarget extends HTMLElement {
  appendPoints?(parts: Part[], sentAt: number): void;
  appendParts?(parts: Part[]): void;
}

/** One decoded frame: the parts per chart id, in order, and the k of each running run. */
export interface DecodedFrame {
  sentAt: number;
  charts: Map<string, { kind: number; parts: Part[] }>;
  chips: { run: number; k: number }[];
}

/** Reads a frame message (see FrameMessage.java for the layout). */
export function decodeFrame(base64: string): DecodedFrame {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  const view = new DataView(bytes.buffer);
  let at = 0;
  const u8 = () => view.getUint8(at++);
  const u16 = () => { const v = view.getUint16(at, true); at += 2; return v; };
  const u32 = () => { const v = view.getUint32(at, true); at += 4; return v; };
  const f64s = (n: number) => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++, at += 8) out[i] = view.getFloat64(at, true);
    return out;
  };
  const version = u8();
  if (version !== 1) throw new Error(`frame message version ${version} is not 1`);
  const sentAt = view.getFloat64(at, true);
  at += 8;
  const charts = new Map<string, { kind: number; parts: Part[] }>();
  for (let parts = u16(); parts > 0; parts--) {
    const idLength = u8();
    const id = String.fromCharCode(...bytes.subarray(at, at + idLength));
    at += idLength;
    const kind = u8();
    const index = u16();
    const n = u32();
    const x = f64s(n);
    const y = f64s(n);
    const entry = charts.get(id) ?? { kind, parts: [] };
    entry.parts.push({ index, x, y });
    charts.set(id, entry);
  }
  const chips: { run: number; k: number }[] = [];
  for (let n = u16(); n > 0; n--) chips.push({ run: u16(), k: u32() });
  return { sentAt, charts, chips };
}

/** k with the page's digit grouping, as the server's MessageFormat writes it ("12,345"). */
export function groupDigits(k: number, separator: string): string {
  const digits = String(k);
  if (!separator) return digits;
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

export class FrameChannelElement extends HTMLElement {
  /** Frames drawn so far (for tests and measurements). */
  frames = 0;

  drawFrame(base64: string): void {
    const frame = decodeFrame(base64);
    for (const [id, { kind, parts }] of frame.charts) {
      const chart = document.getElementById(id) as PointsTarget | null;
      if (!chart) continue;
      // The map also gets the server's send time (measurements read it; the map ignores it).
      if (kind === 0) chart.appendPoints?.(parts, frame.sentAt);
      else chart.appendParts?.(parts);
    }
    const box = document.getElementById('run-status');
    const separator = box?.dataset.kGroup ?? '';
    for (const { run, k } of frame.chips) {
      const chip = document.getElementById(`status-${run + 1}`);
      if (!chip || chip.dataset.kBefore === undefined) continue;
      const text = `${chip.dataset.kBefore}${groupDigits(k, separator)}${chip.dataset.kAfter ?? ''}`;
      // The text node Vaadin put there stays (it updates that node when the server writes the chip).
      const node = chip.firstChild;
      if (node && node.nodeType === Node.TEXT_NODE && chip.childNodes.length === 1) {
        if (node.nodeValue !== text) node.nodeValue = text;
      } else {
        chip.textContent = text;
      }
    }
    this.frames++;
  }
}

customElements.get('frame-channel') || customElements.define('frame-channel', FrameChannelElement);
