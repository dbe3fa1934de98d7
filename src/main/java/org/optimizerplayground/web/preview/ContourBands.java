package org.optimizerplayground.web.preview;

import java.awt.image.BufferedImage;
import org.optimizerplayground.engine.surface.Surface;
import org.optimizerplayground.web.ui.Palette;
import org.optimizerplayground.web.ui.SurfacePicture;

/**
 * The filled contour bands of a 2-D surface on a preview card, pixel by pixel: J on a grid of
 * every {@link #STEP} pixels, bilinear in between, each pixel coloured by its band at the page's
 * levels ({@link SurfacePicture#levels}) and colours ({@link Palette#band}), and a band's edge
 * drawn a shade darker as its isoline.
 */
final class ContourBands {
    /** J is computed every {@code STEP} pixels and interpolated in between. */
    private static final int STEP = 2;
    /** How much darker an isoline is than its band. */
    private static final double LINE_SHADE = 0.28;

    private ContourBands() {
    }

    /** The filled contour bands and their isolines, at the page's levels and colours. */
    static void paint(BufferedImage image, Surface surface, PreviewPicture.Axes a) {
        int nodesX = PreviewPicture.MAP.width / STEP + 1;
        int nodesY = PreviewPicture.MAP.height / STEP + 1;
        double[] grid = new double[nodesX * nodesY];
        double[] p = new double[2];
        for (int r = 0; r < nodesY; r++) {
            p[1] = a.ymax() - (a.ymax() - a.ymin()) * r * STEP / PreviewPicture.MAP.height;
            for (int c = 0; c < nodesX; c++) {
                p[0] = a.xmin() + (a.xmax() - a.xmin()) * c * STEP / PreviewPicture.MAP.width;
                grid[r * nodesX + c] = surface.value(p);
            }
        }
        double[] levels = SurfacePicture.levels(grid);
        int[] colors = new int[levels.length - 1];
        for (int i = 0; i < colors.length; i++) {
            colors[i] = PreviewPicture.color(Palette.band((double) i / Math.max(1, levels.length - 2))).getRGB();
        }
        int w = PreviewPicture.MAP.width;
        int h = PreviewPicture.MAP.height;
        int[] band = new int[w * h];
        for (int y = 0; y < h; y++) {
            double fy = (y + 0.5) / STEP;
            int r = Math.min((int) fy, nodesY - 2);
            double ty = fy - r;
            for (int x = 0; x < w; x++) {
                double fx = (x + 0.5) / STEP;
                int c = Math.min((int) fx, nodesX - 2);
                double tx = fx - c;
                int i = r * nodesX + c;
                double v = (1 - ty) * ((1 - tx) * grid[i] + tx * grid[i + 1])
                        + ty * ((1 - tx) * grid[i + nodesX] + tx * grid[i + nodesX + 1]);
                band[y * w + x] = Double.isFinite(v) ? Math.min(bandOf(levels, v), colors.length - 1) : -1;
            }
        }
        int[] rgb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int b = band[y * w + x];
                int color = b < 0 ? 0xFFFFFF : colors[b];
                boolean edge = (x + 1 < w && band[y * w + x + 1] != b) || (y + 1 < h && band[(y + 1) * w + x] != b);
                rgb[y * w + x] = edge ? shade(color) : color;
            }
        }
        image.setRGB(PreviewPicture.MAP.x, PreviewPicture.MAP.y, w, h, rgb, 0, w);
    }

    /** The band of {@code v}: the last level at or below it (0 below every level). */
    private static int bandOf(double[] levels, double v) {
        int lo = 0;
        int hi = levels.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (levels[mid] <= v) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static int shade(int rgb) {
        int out = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int c = (rgb >> shift) & 0xFF;
            out |= ((int) Math.round(c * (1 - LINE_SHADE))) << shift;
        }
        return out;
    }
}
