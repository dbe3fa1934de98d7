// The charts follow the page's Lumo theme (light or dark, the `theme` attribute of <html>):
// Chart.js's text and grid colours, and the few colours a chart draws itself, are read from
// the theme's CSS custom properties whenever the theme changes, and every chart is redrawn.
import { Chart } from './chart-common';

export interface ThemeColors {
  /** Axis titles, tick labels, legend text. */
  text: string;
  /** Strong lines drawn on a light or dark background (the 1-D curve J(w)). */
  ink: string;
  /** Grid lines. */
  grid: string;
}

export function themeColors(): ThemeColors {
  const css = getComputedStyle(document.documentElement);
  const get = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    text: get('--lumo-secondary-text-color', '#666666'),
    ink: get('--lumo-body-text-color', '#303030'),
    grid: get('--lumo-contrast-10pct', 'rgba(0,0,0,0.1)'),
  };
}

const listeners = new Set<(c: ThemeColors) => void>();

function apply(): void {
  const c = themeColors();
  Chart.defaults.color = c.text;
  Chart.defaults.borderColor = c.grid;
  listeners.forEach((l) => l(c));
  // A chart keeps the colours it resolved from the defaults when it was made: set them on each.
  Object.values(Chart.instances).forEach((chart) => {
    const o = chart.options as unknown as Record<string, any>;
    for (const scale of Object.values((o.scales ?? {}) as Record<string, any>)) {
      if (scale.ticks) scale.ticks.color = c.text;
      if (scale.title) scale.title.color = c.text;
    }
    if (o.plugins?.legend?.labels) o.plugins.legend.labels.color = c.text;
    if (o.plugins?.title) o.plugins.title.color = c.text;
    chart.update('none');
  });
}


// One observer for the whole page, installed when the first chart module loads.
new MutationObserver(apply).observe(document.documentElement, { attributes: true, attributeFilter: ['theme'] });
apply();

/** Calls back (now and) on every theme change; returns the function that stops it. */
export function onThemeChange(listener: (c: ThemeColors) => void): () => void {
  listeners.add(listener);
  listener(themeColors());
  return () => listeners.delete(listener);
}
