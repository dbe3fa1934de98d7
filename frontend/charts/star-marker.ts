// Filled star images for the minima. Chart.js's own 'star' point style is an unfilled
// asterisk that disappears on busy contour bands; an SVG image stays crisp at any pixel ratio
// because Chart.js draws it at the image's width and height in CSS pixels.

function starSvg(fill: string): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? 11 : 5.2;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push(`${(12 + r * Math.cos(a)).toFixed(2)},${(12.6 + r * Math.sin(a)).toFixed(2)}`);
  }
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">' +
    `<polygon points="${pts.join(' ')}" fill="${fill}" stroke="#1a1a1a" stroke-width="1.4" stroke-linejoin="round"/>` +
    '</svg>'
  );
}

/** A star image of the given CSS-pixel size; fill is one of this module's constants, never server text. */
function star(fill: string, size: number): HTMLImageElement {
  const img = new Image(size, size);
  img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(starSvg(fill));
  return img;
}

/** Gold for the global minimum, white for local ones: told apart by size too, not colour alone. */
export const GLOBAL_STAR = star('#FFD21F', 30);
export const LOCAL_STAR = star('#FFFFFF', 22);

/** Legend-sized copies: the legend draws an image at its own size. */
export const GLOBAL_STAR_SMALL = star('#FFD21F', 16);
export const LOCAL_STAR_SMALL = star('#FFFFFF', 14);

/** Resolves once the images can be drawn, so a chart drawn earlier can redraw. */
export const starsReady: Promise<unknown> = Promise.all(
  [GLOBAL_STAR, LOCAL_STAR, GLOBAL_STAR_SMALL, LOCAL_STAR_SMALL].map((img) => img.decode()),
).catch(() => undefined);
