package org.optimizerplayground.web.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.experiment.PageOptions;
import org.optimizerplayground.engine.run.Simulation;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.web.ui.Palette;
import org.optimizerplayground.web.ui.Translations;

/**
 * The preview picture is a PNG of 1200 × 630 in which each run's path can be found in its run
 * colour: decoded back, the pixels at the run's points (where no later run's path lies on top)
 * are the page's colour of that run.
 */
class PreviewPictureTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "surface=himmelblau&start=0,0&steps=80&run=sgd(lr=0.01)&run=momentum(lr=0.002)&run=adam(lr=0.1)",
        "surface=rosenbrock&start=-1.5,2&steps=60&run=adam(lr=0.02)",
        "surface=custom&f=sin(x)*cos(y)+0.1*x^2&view=-4,4,-4,4&start=1,1&run=sgd(lr=0.3)&run=rmsprop(lr=0.05)",
        "surface=double-well&steps=100&run=sgd(lr=0.01)&run=momentum(lr=0.01)",
    })
    void eachRunsPathIsDrawnInItsColour(String link) throws IOException {
        Experiment e = Link.read(link);
        List<Trajectory> runs = Simulation.run(e);
        PreviewText text = PreviewText.of(e, PageOptions.defaults(), Locale.ENGLISH, new Translations());
        byte[] png = PreviewPicture.png(e, runs, text);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        if (System.getProperty("preview.out") != null) {
            Files.write(Path.of(System.getProperty("preview.out"), Math.abs(link.hashCode()) + ".png"), png);
        }
        assertEquals(PreviewPicture.WIDTH, image.getWidth());
        assertEquals(PreviewPicture.HEIGHT, image.getHeight());
        PreviewPicture.Axes axes = PreviewPicture.axes(e);
        for (int r = 0; r < runs.size(); r++) {
            int colour = PreviewPicture.color(Palette.run(r)).getRGB() & 0xFFFFFF;
            int looked = 0;
            int found = 0;
            Trajectory t = runs.get(r);
            for (int k = 0; k < t.size(); k++) {
                double x = t.theta(k, 0);
                double y = e.dimension() == 1 ? t.loss(k) : t.theta(k, 1);
                int px = (int) Math.floor(axes.px(x));
                int py = (int) Math.floor(axes.py(y));
                if (!inMap(px, py) || coveredByLaterRun(runs, r, e.dimension(), axes, px, py)) {
                    continue;
                }
                looked++;
                if (near(image, px, py, colour)) {
                    found++;
                }
            }
            assertTrue(looked > 0, "run " + r + " of " + link + " has points on the map");
            assertTrue(found >= 0.9 * looked, "run " + r + " (" + Palette.run(r) + ") of " + link
                    + " shows its colour at " + found + " of " + looked + " of its points");
        }
    }

    private static boolean inMap(int px, int py) {
        return px >= PreviewPicture.MAP.x + 2 && px < PreviewPicture.MAP.x + PreviewPicture.MAP.width - 2
                && py >= PreviewPicture.MAP.y + 2 && py < PreviewPicture.MAP.y + PreviewPicture.MAP.height - 2;
    }

    /** Whether a later run (drawn on top) passes within 8 pixels of this one. */
    private static boolean coveredByLaterRun(List<Trajectory> runs, int run, int dim, PreviewPicture.Axes axes,
                                             int px, int py) {
        for (int other = run + 1; other < runs.size(); other++) {
            Trajectory t = runs.get(other);
            for (int k = 0; k < t.size(); k++) {
                double ox = axes.px(t.theta(k, 0));
                double oy = axes.py(dim == 1 ? t.loss(k) : t.theta(k, 1));
                if (Math.hypot(ox - px, oy - py) < 8) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The colour within one pixel of (px, py). */
    private static boolean near(BufferedImage image, int px, int py, int colour) {
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                if ((image.getRGB(px + dx, py + dy) & 0xFFFFFF) == colour) {
                    return true;
                }
            }
        }
        return false;
    }
}
