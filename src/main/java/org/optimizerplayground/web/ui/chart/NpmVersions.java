package org.optimizerplayground.web.ui.chart;

/**
 * The npm versions of the chart libraries, in one place: every wrapper that declares the same
 * package must declare the same version, or Vaadin picks one of them.
 */
final class NpmVersions {
    static final String CHART_JS = "4.5.1";
    static final String D3_CONTOUR = "4.0.2";
    /** Only for the production build's type check of contour-layer.ts. */
    static final String TYPES_D3_CONTOUR = "3.0.6";
    /** 0.16 ships its own TypeScript types, so no @types/katex. */
    static final String KATEX = "0.16.22";

    private NpmVersions() {
    }
}
