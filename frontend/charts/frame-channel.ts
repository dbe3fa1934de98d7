// <frame-channel>: where a playground tab's frames arrive (FrameChannel.java). A frame carries
// every chart's new points, every running run's k and, when it changed, the update rule with its
// numbers (the layout is FrameMessage.java's); this element hands each chart of the page (found by
// id) its points, writes each status chip's text from its k and the words the server left on the
// chip, and hands each text to its element's show().
//
// Frames come over the tab's own WebSocket (/frames, opened with a one-time token the server
// hands this element through Vaadin, see web/frames) or, when that socket is off or down, as
// Vaadin calls of drawFrame(base64). Both carry a sequence number; frames are applied strictly in
// that order, a frame flagged "fenced" only after Vaadin's fence(seq) call has arrived, and a
// frame applied already is dropped: FrameLink.java explains why this keeps points out of cleared
// series and loses none. Each socket frame is acknowledged (4 bytes, its number) once applied;
// the server sends the next one only then.
import type { Part } from './chart-common';

interface PointsTarget extends HTMLElement {
  appendPoints?(parts: Part[], sentAt: number): void;
  appendParts?(parts: Part[]): void;
}

/** An element that shows a text the frame carries (the update rule with this step's numbers). */
interface TextTarget extends HTMLElement {
  show?(json: string): void;
}

/** One decoded frame: its number, whether it waits for a fence, the parts per chart id, in order, and the k of each running run. */
export interface DecodedFrame {
  seq: number;
  fenced: boolean;
  sentAt: number;
  charts: Map<string, { kind: number; parts: Part[] }>;
  chips: { run: number; k: number }[];
  texts: { id: string; json: string }[];
}

/** Reads a frame message (see FrameMessage.java for the layout). */
export function decodeFrame(message: string | ArrayBuffer): DecodedFrame {
  let bytes: Uint8Array;
  if (typeof message === 'string') {
    const text = atob(message);
    bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  } else {
    bytes = new Uint8Array(message);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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
  if (version !== 2) throw new Error(`frame message version ${version} is not 2`);
  const fenced = (u8() & 1) !== 0;
  const seq = u32();
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
  const texts: { id: string; json: string }[] = [];
  for (let n = at < bytes.length ? u16() : 0; n > 0; n--) {
    const idLength = u8();
    const id = String.fromCharCode(...bytes.subarray(at, at + idLength));
    at += idLength;
    const length = u32();
    texts.push({ id, json: new TextDecoder().decode(bytes.subarray(at, at + length)) });
    at += length;
  }
  return { seq, fenced, sentAt, charts, chips, texts };
}

/** k with the page's digit grouping, as the server's MessageFormat writes it ("12,345"). */
export function groupDigits(k: number, separator: string): string {
  const digits = String(k);
  if (!separator) return digits;
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** A frame waiting for its turn, and the socket to acknowledge it on (none for Vaadin's copies). */
interface Waiting { frame: DecodedFrame; socket: WebSocket | null; }

/** How long a missing frame is waited for before moving on (a Vaadin resync can lose one). */
const GAP_MS = 10_000;

export class FrameChannelElement extends HTMLElement {
  /** Frames applied so far (for tests and measurements). */
  frames = 0;
  /** Frames received over the socket, and through Vaadin (for tests and measurements). */
  socketFrames = 0;
  vaadinFrames = 0;
  /** Sockets opened so far (the first, and every reconnect). */
  sockets = 0;
  /** Charts that threw while taking a frame's points (for tests; each is logged). */
  chartFailures = 0;

  private next = 1;
  private fencedUpTo = 0;
  private readonly waiting = new Map<number, Waiting>();
  private gapTimer: number | undefined;
  private socket: WebSocket | null = null;
  private retry: number | undefined;
  private failures = 0;
  private gone = false;

  connectedCallback(): void {
    this.gone = false;
  }

  disconnectedCallback(): void {
    // Vaadin may move the element while it builds the page: only an element still out of the
    // page a moment later has left for good.
    window.setTimeout(() => {
      if (this.isConnected) return;
      this.gone = true;
      window.clearTimeout(this.retry);
      this.socket?.close(1000, 'page left');
      this.socket = null;
    }, 1000);
  }

  /** Called by the server with a one-time token: opens the frame socket. */
  open(token: string): void {
    if (this.gone) return;
    this.socket?.close(1000, 'replaced');
    const url = new URL(`frames?t=${encodeURIComponent(token)}`, document.baseURI);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    const ws = new WebSocket(url.href);
    ws.binaryType = 'arraybuffer';
    this.socket = ws;
    ws.onopen = () => {
      this.sockets++;
    };
    ws.onmessage = (e: MessageEvent) => {
      this.failures = 0;
      this.socketFrames++;
      this.receive(decodeFrame(e.data as ArrayBuffer), ws);
    };
    ws.onclose = () => {
      if (this.socket !== ws) return;
      this.socket = null;
      if (this.gone) return;
      // Back off 0.25, 0.5, 1, 2 … up to 15 s, then ask the server for a fresh token.
      const delay = Math.min(15_000, 250 * 2 ** this.failures++);
      this.retry = window.setTimeout(() => {
        (this as unknown as { $server?: { reopen(): void } }).$server?.reopen();
      }, delay);
    };
  }

  /** Whether the frame socket is open (for tests). */
  get socketOpen(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  /** Drops the frame socket as a network would (for tests): the page reconnects. */
  dropSocket(): void {
    this.socket?.close(4000, 'dropped for a test');
  }

  /** A frame through Vaadin (base64 of the same bytes). */
  drawFrame(base64: string): void {
    this.vaadinFrames++;
    this.receive(decodeFrame(base64), null);
  }

  /** Vaadin's changes made before frame {@code seq} have been applied: a fenced frame up to it may go. */
  fence(seq: number): void {
    this.fencedUpTo = Math.max(this.fencedUpTo, seq);
    this.pump();
  }

  private receive(frame: DecodedFrame, socket: WebSocket | null): void {
    if (frame.seq === 0) {
      this.apply(frame);
      return;
    }
    if (frame.seq < this.next) {
      this.acknowledge(socket, frame.seq); // a copy of a frame applied already
      return;
    }
    const other = this.waiting.get(frame.seq);
    this.waiting.set(frame.seq, { frame, socket: socket ?? other?.socket ?? null });
    this.pump();
  }

  private pump(): void {
    for (;;) {
      const w = this.waiting.get(this.next);
      if (!w || (w.frame.fenced && this.fencedUpTo < this.next)) break;
      this.waiting.delete(this.next);
      this.next++;
      this.apply(w.frame);
      this.acknowledge(w.socket, w.frame.seq);
    }
    window.clearTimeout(this.gapTimer);
    this.gapTimer = undefined;
    if (this.waiting.size > 0) {
      this.gapTimer = window.setTimeout(() => this.skipGap(), GAP_MS);
    }
  }

  /** A frame or fence never came (Vaadin resynchronised the page): go on with what there is. */
  private skipGap(): void {
    if (this.waiting.size === 0) return;
    this.next = Math.min(...this.waiting.keys());
    this.fencedUpTo = Math.max(this.fencedUpTo, this.next);
    this.pump();
  }

  private acknowledge(socket: WebSocket | null, seq: number): void {
    if (socket && socket.readyState === WebSocket.OPEN) {
      const ack = new DataView(new ArrayBuffer(4));
      ack.setUint32(0, seq, true);
      socket.send(ack.buffer);
    }
  }

  private apply(frame: DecodedFrame): void {
    for (const [id, { kind, parts }] of frame.charts) {
      const chart = document.getElementById(id) as PointsTarget | null;
      if (!chart) continue;
      // One chart that fails must not cost the others their points, the chips their k, nor the
      // socket its acknowledgement (without it the server would send this tab nothing more).
      try {
        // The map also gets the server's send time (measurements read it; the map ignores it).
        if (kind === 0) chart.appendPoints?.(parts, frame.sentAt);
        else chart.appendParts?.(parts);
      } catch (failure) {
        this.chartFailures++;
        console.error(`frame ${frame.seq}: #${id} could not take its points`, failure);
      }
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
    for (const { id, json } of frame.texts) {
      try {
        (document.getElementById(id) as TextTarget | null)?.show?.(json);
      } catch (failure) {
        this.chartFailures++; // as for a chart: the text is lost, never the frame's acknowledgement
        console.error(`frame ${frame.seq}: #${id} could not show its text`, failure);
      }
    }
    this.frames++;
  }
}

customElements.get('frame-channel') || customElements.define('frame-channel', FrameChannelElement);
