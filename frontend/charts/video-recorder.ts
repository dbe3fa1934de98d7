// Records a chart's canvas as a WebM video (canvas.captureStream + MediaRecorder) for slides.
// The server says when to start and stop (it knows when the animation ends); this file only
// records and hands the file to the browser.

export interface VideoResult {
  size: number;
  type: string;
}

/** How long the last picture stays in the video, and the time the last frame needs to be drawn. */
const TAIL_MS = 1000;

export class CanvasRecorder {
  private recorder: MediaRecorder | null = null;
  private fileName = 'video.webm';
  /** Size and type of the last video made (tests read it through the element). */
  last: VideoResult | null = null;

  static supported(): boolean {
    return typeof MediaRecorder !== 'undefined' && typeof HTMLCanvasElement.prototype.captureStream === 'function';
  }

  get recording(): boolean {
    return this.recorder !== null;
  }

  /** Starts recording {@code canvas}; false when the browser cannot (or already records). */
  start(canvas: HTMLCanvasElement, fileName: string): boolean {
    if (this.recorder || !CanvasRecorder.supported()) return false;
    this.fileName = fileName;
    const stream = canvas.captureStream(30);
    const type = MediaRecorder.isTypeSupported('video/webm;codecs=vp9') ? 'video/webm;codecs=vp9' : 'video/webm';
    const rec = new MediaRecorder(stream, { mimeType: type });
    const chunks: Blob[] = [];
    rec.ondataavailable = (e) => {
      if (e.data.size > 0) chunks.push(e.data);
    };
    rec.onstop = () => {
      stream.getTracks().forEach((t) => t.stop());
      const blob = new Blob(chunks, { type: 'video/webm' });
      this.last = { size: blob.size, type: blob.type };
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = this.fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    };
    rec.start(250);
    this.recorder = rec;
    return true;
  }

  /** Stops after a short tail, so the final picture (still to be drawn) is in the video. */
  stop(): void {
    const rec = this.recorder;
    this.recorder = null;
    if (rec) setTimeout(() => rec.state !== 'inactive' && rec.stop(), TAIL_MS);
  }
}
