package org.optimizerplayground.web.preview;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.engine.surface.Minimum;
import org.optimizerplayground.engine.surface.Surface;
import org.optimizerplayground.web.ui.Palette;

/**
 * The picture of a link's preview card, drawn on the server with Java2D (no browser): 1200 × 630,
 * the text on the left, on the right the map as the page draws it (the contour bands of a 2-D
 * surface, the curve J(w) of a 1-D one) with each run's path in its run colour
 * ({@link Palette#run}). Deterministic: the same experiment and text give the same pixels.
 */
public final class PreviewPicture {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    /** Where the map is drawn. */
    static final Rectangle MAP = new Rectangle(590, 20, 590, 590);
    static final Color INK = new Color(0x30, 0x30, 0x30);
    static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final Color HALO = new Color(255, 255, 255, 217);

    private PreviewPicture() {
    }

    /** Data window of the map: where a point lands in the picture. */
    record Axes(double xmin, double xmax, double ymin, double ymax) {
        double px(double x) {
            return MAP.x + (x - xmin) / (xmax - xmin) * MAP.width;
        }

        double py(double y) {
            return MAP.y + MAP.height - (y - ymin) / (ymax - ymin) * MAP.height;
        }
    }

    /** The map's window: the view for a 2-D surface; for a 1-D one the view and the curve's range of J. */
    static Axes axes(Experiment e) {
        double[] v = e.view();
        if (e.dimension() == 2) {
            return new Axes(v[0], v[1], v[2], v[3]);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double j : curve(e.surface(), v)) {
            if (Double.isFinite(j)) {
                lo = Math.min(lo, j);
                hi = Math.max(hi, j);
            }
        }
        if (!(lo <= hi)) {
            lo = -1;
            hi = 1;
        }
        double pad = Math.max(1e-9, (hi - lo) * 0.06);
        return new Axes(v[0], v[1], lo - pad, hi + pad);
    }

    /** The picture as PNG bytes. */
    public static byte[] png(Experiment e, List<Trajectory> runs, PreviewText text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 17);
        try {
            ImageIO.write(draw(e, runs, text), "png", out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }

    /** The picture. */
    public static BufferedImage draw(Experiment e, List<Trajectory> runs, PreviewText text) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Axes axes = axes(e);
        if (e.dimension() == 2) {
            ContourBands.paint(image, e.surface(), axes);
        }
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, MAP.x, HEIGHT);
            g.fillRect(MAP.x, 0, WIDTH - MAP.x, MAP.y);
            g.fillRect(MAP.x, MAP.y + MAP.height, WIDTH - MAP.x, HEIGHT - MAP.y - MAP.height);
            g.fillRect(MAP.x + MAP.width, 0, WIDTH - MAP.x - MAP.width, HEIGHT);
            g.setClip(MAP);
            if (e.dimension() == 1) {
                g.fillRect(MAP.x, MAP.y, MAP.width, MAP.height);
                curveLine(g, e, axes);
            }
            minima(g, e, axes);
            for (int i = 0; i < runs.size(); i++) {
                path(g, runs.get(i), e.dimension(), axes, color(Palette.run(i)));
            }
            g.setClip(null);
            g.setColor(new Color(0, 0, 0, 60));
            g.setStroke(new BasicStroke(1f));
            g.drawRect(MAP.x, MAP.y, MAP.width - 1, MAP.height - 1);
            CardLettering.draw(g, text, MAP.x);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static double[] curve(Surface surface, double[] view) {
        double[] j = new double[MAP.width + 1];
        for (int i = 0; i <= MAP.width; i++) {
            j[i] = surface.value(new double[] {view[0] + (view[1] - view[0]) * i / MAP.width});
        }
        return j;
    }

    private static void curveLine(Graphics2D g, Experiment e, Axes a) {
        g.setColor(new Color(0, 0, 0, 15));
        g.setStroke(new BasicStroke(1f));
        for (int i = 1; i < 6; i++) {
            g.drawLine(MAP.x + MAP.width * i / 6, MAP.y, MAP.x + MAP.width * i / 6, MAP.y + MAP.height);
            g.drawLine(MAP.x, MAP.y + MAP.height * i / 6, MAP.x + MAP.width, MAP.y + MAP.height * i / 6);
        }
        double[] j = curve(e.surface(), e.view());
        Path2D.Double line = new Path2D.Double();
        boolean open = false;
        for (int i = 0; i < j.length; i++) {
            if (!Double.isFinite(j[i])) {
                open = false;
                continue;
            }
            double px = MAP.x + i;
            double py = clamp(a.py(j[i]));
            if (open) {
                line.lineTo(px, py);
            } else {
                line.moveTo(px, py);
                open = true;
            }
        }
        g.setColor(INK);
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(line);
    }

    private static void minima(Graphics2D g, Experiment e, Axes a) {
        for (Minimum m : e.surface().minima()) {
            double x = a.px(m.point()[0]);
            double y = a.py(e.dimension() == 1 ? m.value() : m.point()[1]);
            Path2D.Double star = new Path2D.Double();
            double outer = m.global() ? 11 : 8;
            for (int k = 0; k < 10; k++) {
                double r = k % 2 == 0 ? outer : outer * 0.45;
                double t = -Math.PI / 2 + k * Math.PI / 5;
                double sx = x + r * Math.cos(t);
                double sy = y + r * Math.sin(t);
                if (k == 0) {
                    star.moveTo(sx, sy);
                } else {
                    star.lineTo(sx, sy);
                }
            }
            star.closePath();
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(3f));
            g.draw(star);
            g.setColor(m.global() ? INK : MUTED);
            g.fill(star);
        }
    }

    /** A run's path (2-D) or its points on the curve (1-D), with a light halo, and its last point. */
    private static void path(Graphics2D g, Trajectory t, int dim, Axes a, Color color) {
        List<double[]> points = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            double x = t.theta(k, 0);
            double y = dim == 1 ? t.loss(k) : t.theta(k, 1);
            if (Double.isFinite(x) && Double.isFinite(y)) {
                points.add(new double[] {clamp(a.px(x)), clamp(a.py(y))});
            }
        }
        if (points.isEmpty()) {
            return;
        }
        if (dim == 2) {
            Path2D.Double line = new Path2D.Double();
            double[] last = points.get(0);
            line.moveTo(last[0], last[1]);
            for (int i = 1; i < points.size(); i++) {
                double[] p = points.get(i);
                // Points closer than a pixel add nothing to see but time to draw.
                if (Math.hypot(p[0] - last[0], p[1] - last[1]) >= 1 || i == points.size() - 1) {
                    line.lineTo(p[0], p[1]);
                    last = p;
                }
            }
            g.setColor(HALO);
            g.setStroke(new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(line);
            g.setColor(color);
            g.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(line);
        } else {
            double[] last = null;
            for (double[] p : points) {
                if (last == null || Math.hypot(p[0] - last[0], p[1] - last[1]) >= 3) {
                    dot(g, p, 4.5, color);
                    last = p;
                }
            }
        }
        dot(g, points.get(points.size() - 1), 7, color);
    }

    private static void dot(Graphics2D g, double[] p, double r, Color color) {
        Ellipse2D.Double circle = new Ellipse2D.Double(p[0] - r, p[1] - r, 2 * r, 2 * r);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2f));
        g.draw(circle);
        g.setColor(color);
        g.fill(circle);
    }

    /** Pixel coordinates far outside the picture are kept finite and small for Java2D. */
    private static double clamp(double pixel) {
        return Math.max(-1e5, Math.min(1e5, pixel));
    }

    static Color color(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
