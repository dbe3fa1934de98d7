// The image of a basin map: nx × ny cells, one palette colour each, painted once per map into an
// offscreen canvas of nx × ny pixels and drawn scaled, without smoothing, over the view window.
import type { Chart, Plugin } from 'chart.js';

export interface ViewWindow {
  xmin: number;
  xmax: number;
  ymin: number;
  ymax: number;
}

export class BasinLayer {
  private image: HTMLCanvasElement | null = null;
  private view: ViewWindow | null = null;
  private cells: Int32Array = new Int32Array(0);
  nx = 0;
  ny = 0;

  /**
   * cells: row-major from the top-left (row 0 is the highest y), each an index into palette;
   * anything else (null, negative, past the palette) stays transparent.
   */
  set(nx: number, ny: number, cells: unknown[], palette: unknown[], view: ViewWindow): void {
    this.clear();
    if (!(Number.isInteger(nx) && Number.isInteger(ny) && nx >= 1 && ny >= 1 && nx * ny <= 4_000_000)) return;
    const colors = paletteWords(palette);
    const image = document.createElement('canvas');
    image.width = nx;
    image.height = ny;
    const ctx = image.getContext('2d');
    if (!ctx) return;
    const data = ctx.createImageData(nx, ny);
    const words = new Uint32Array(data.data.buffer);
    const index = new Int32Array(nx * ny).fill(-1);
    const n = Math.min(cells.length, nx * ny);
    for (let i = 0; i < n; i++) {
      const c = cells[i];
      if (typeof c === 'number' && c >= 0 && c < colors.length && Number.isInteger(c)) {
        words[i] = colors[c];
        index[i] = c;
      }
    }
    ctx.putImageData(data, 0, 0);
    this.image = image;
    this.cells = index;
    this.nx = nx;
    this.ny = ny;
    this.view = view;
  }

  clear(): void {
    this.image = null;
    this.view = null;
    this.cells = new Int32Array(0);
    this.nx = 0;
    this.ny = 0;
  }

  /** The cell (column i, row j from the top) holding data point (x, y), or null outside the map. */
  cellAt(x: number, y: number): { i: number; j: number; paletteIndex: number } | null {
    const w = this.view;
    if (!w || !this.image) return null;
    const i = Math.floor(((x - w.xmin) / (w.xmax - w.xmin)) * this.nx);
    const j = Math.floor(((w.ymax - y) / (w.ymax - w.ymin)) * this.ny);
    if (!(i >= 0 && i < this.nx && j >= 0 && j < this.ny)) return null;
    return { i, j, paletteIndex: this.cells[i + j * this.nx] };
  }

  /** Data coordinates of a cell's centre: the start point it stands for. */
  centre(i: number, j: number): { x: number; y: number } | null {
    const w = this.view;
    if (!w) return null;
    return {
      x: w.xmin + ((i + 0.5) * (w.xmax - w.xmin)) / this.nx,
      y: w.ymax - ((j + 0.5) * (w.ymax - w.ymin)) / this.ny,
    };
  }

  /** Data window of a cell. */
  bounds(i: number, j: number): ViewWindow | null {
    const w = this.view;
    if (!w) return null;
    const hx = (w.xmax - w.xmin) / this.nx;
    const hy = (w.ymax - w.ymin) / this.ny;
    return { xmin: w.xmin + i * hx, xmax: w.xmin + (i + 1) * hx, ymax: w.ymax - j * hy, ymin: w.ymax - (j + 1) * hy };
  }

  draw(chart: Chart): void {
    const w = this.view;
    const image = this.image;
    const a = chart.chartArea;
    const { x, y } = chart.scales;
    if (!w || !image || !a || !x || !y) return;
    const left = x.getPixelForValue(w.xmin);
    const right = x.getPixelForValue(w.xmax);
    const top = y.getPixelForValue(w.ymax);
    const bottom = y.getPixelForValue(w.ymin);
    if (![left, right, top, bottom].every(Number.isFinite)) return;
    const ctx = chart.ctx;
    ctx.save();
    ctx.beginPath();
    ctx.rect(a.left, a.top, a.right - a.left, a.bottom - a.top);
    ctx.clip();
    // Sharp cells: a basin's edge is the point of the picture, smoothing would blur it.
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(image, 0, 0, this.nx, this.ny, left, top, right - left, bottom - top);
    ctx.restore();
  }
}

/**
 * Palette entries as 32-bit pixels in the platform's byte order: any CSS colour, resolved by
 * the canvas itself; one that does not parse is transparent.
 */
function paletteWords(palette: unknown[]): Uint32Array {
  const out = new Uint32Array(palette.length);
  const probe = document.createElement('canvas');
  probe.width = 1;
  probe.height = 1;
  const ctx = probe.getContext('2d', { willReadFrequently: true });
  if (!ctx) return out;
  palette.forEach((color, i) => {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = 'rgba(0, 0, 0, 0)';
    if (typeof color === 'string') ctx.fillStyle = color;
    ctx.fillRect(0, 0, 1, 1);
    out[i] = new Uint32Array(ctx.getImageData(0, 0, 1, 1).data.buffer)[0];
  });
  return out;
}

/** The Chart.js plugin that paints the map after the axes' grid and before the datasets. */
export function basinPlugin(layer: BasinLayer): Plugin<'scatter'> {
  return {
    id: 'basinLayer',
    beforeDatasetsDraw(chart) {
      layer.draw(chart as unknown as Chart);
    },
  };
}
