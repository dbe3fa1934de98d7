// <decision-map>: the network page's data set and the focused run's decision boundary.
// The server sends the points once per data set (setPoints) and a grid of predicted
// probabilities of class 1 a few times per second (setGrid); the element paints the grid as a
// smoothed heat map (blue = class 0, orange = class 1) and the points over it: training points
// filled, test points hollow.

interface PointsMessage {
  /** [x, y, label] per point. */
  train?: [number, number, number][];
  test?: [number, number, number][];
}

interface GridMessage {
  /** Nodes per axis; p has n × n values, row i at y_i ascending, null where undefined. */
  n: number;
  min: number;
  max: number;
  p: (number | null)[];
}

const BLUE: [number, number, number] = [8, 119, 189];
const ORANGE: [number, number, number] = [245, 147, 34];

export class DecisionMapElement extends HTMLElement {
  private readonly canvas = document.createElement('canvas');
  private readonly image = document.createElement('canvas');
  private points: PointsMessage = {};
  private grid: GridMessage | null = null;
  private frame = 0;
  private observer: ResizeObserver | undefined;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = ':host { display: block; width: 100%; max-width: 420px; aspect-ratio: 1; }'
      + ' canvas { width: 100%; height: 100%; display: block; }';
    this.canvas.setAttribute('role', 'img');
    this.canvas.setAttribute('aria-label', 'The data set and the decision boundary of the run in focus');
    root.append(style, this.canvas);
  }

  connectedCallback(): void {
    this.observer = new ResizeObserver(() => this.schedule());
    this.observer.observe(this);
    this.schedule();
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** {"train":[[x,y,label],…],"test":[…]}: the points of a new data set. */
  setPoints(json: string): void {
    this.points = JSON.parse(json) as PointsMessage;
    this.schedule();
  }

  /** {"n":40,"min":-6,"max":6,"p":[…]}: the focused run's probabilities of class 1. */
  setGrid(json: string): void {
    this.grid = JSON.parse(json) as GridMessage;
    this.paintGrid();
    this.schedule();
  }

  private schedule(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private paintGrid(): void {
    const g = this.grid;
    if (!g || g.n < 1) return;
    this.image.width = g.n;
    this.image.height = g.n;
    const ctx = this.image.getContext('2d');
    if (!ctx) return;
    const data = ctx.createImageData(g.n, g.n);
    for (let i = 0; i < g.n; i++) {
      for (let j = 0; j < g.n; j++) {
        const p = g.p[i * g.n + j];
        const o = ((g.n - 1 - i) * g.n + j) * 4; // row 0 of the image is the top: the largest y
        if (p === null || p === undefined || !Number.isFinite(p)) {
          data.data.set([200, 200, 200, 255], o);
          continue;
        }
        const c = p >= 0.5 ? ORANGE : BLUE;
        const strength = Math.min(1, Math.abs(p - 0.5) * 2) * 0.6;
        data.data.set([
          Math.round(255 + (c[0] - 255) * strength),
          Math.round(255 + (c[1] - 255) * strength),
          Math.round(255 + (c[2] - 255) * strength),
          255,
        ], o);
      }
    }
    ctx.putImageData(data, 0, 0);
  }

  private draw(): void {
    const size = Math.max(50, Math.round(this.clientWidth * (window.devicePixelRatio || 1)));
    if (this.canvas.width !== size) {
      this.canvas.width = size;
      this.canvas.height = size;
    }
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, size, size);
    const g = this.grid;
    const min = g?.min ?? -6;
    const max = g?.max ?? 6;
    if (g && this.image.width > 0) {
      // Grid nodes sit on the window's edges: each node's cell is centred on it.
      const cell = size / (g.n - 1);
      ctx.imageSmoothingEnabled = true;
      ctx.drawImage(this.image, -cell / 2, -cell / 2, size + cell, size + cell);
    }
    const px = (x: number) => ((x - min) / (max - min)) * size;
    const py = (y: number) => size - ((y - min) / (max - min)) * size;
    const r = Math.max(2, size / 120);
    const dot = (pt: [number, number, number], filled: boolean) => {
      const c = pt[2] === 1 ? ORANGE : BLUE;
      ctx.beginPath();
      ctx.arc(px(pt[0]), py(pt[1]), r, 0, 2 * Math.PI);
      if (filled) {
        ctx.fillStyle = `rgb(${c[0]},${c[1]},${c[2]})`;
        ctx.fill();
        ctx.strokeStyle = 'white';
        ctx.lineWidth = r / 3;
      } else {
        ctx.strokeStyle = `rgb(${c[0]},${c[1]},${c[2]})`;
        ctx.lineWidth = r / 1.5;
      }
      ctx.stroke();
    };
    for (const pt of this.points.train ?? []) dot(pt, true);
    for (const pt of this.points.test ?? []) dot(pt, false);
  }
}

customElements.get('decision-map') || customElements.define('decision-map', DecisionMapElement);
