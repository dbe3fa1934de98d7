package org.optimizerplayground.web.preview;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import org.optimizerplayground.web.ui.Palette;

/**
 * The words of a preview picture, left of its map: the title (smaller when long), the
 * description wrapped at words and cut with "…" where it does not fit, one legend line per run
 * in its run colour, and the playground's name at the foot.
 */
final class CardLettering {
    private CardLettering() {
    }

    /** Title, description and one legend line per run, in the column left of x = {@code right}. */
    static void draw(Graphics2D g, PreviewText text, int right) {
        int left = 40;
        int width = right - left - 36;
        int y = 40;
        // A long title (many runs) gets a smaller font rather than being cut.
        Font title = new Font(Font.SANS_SERIF, Font.BOLD, 38);
        if (lines(g.getFontMetrics(title), text.title(), width).size() > 3) {
            title = new Font(Font.SANS_SERIF, Font.BOLD, 28);
        }
        y = paragraph(g, text.title(), title, PreviewPicture.INK, left, y, width, 4);
        y += 14;
        int legendTop = PreviewPicture.HEIGHT - 56 - text.runs().size() * 32;
        Font body = new Font(Font.SANS_SERIF, Font.PLAIN, 21);
        int lineHeight = g.getFontMetrics(body).getHeight();
        int lines = Math.max(2, (legendTop - 12 - y) / lineHeight);
        paragraph(g, text.description(), body, PreviewPicture.MUTED, left, y, width, lines);
        Font legend = new Font(Font.SANS_SERIF, Font.PLAIN, 21);
        g.setFont(legend);
        int ly = Math.max(legendTop, y + 2 * lineHeight + 12);
        for (int i = 0; i < text.runs().size(); i++) {
            int base = ly + i * 32 + 22;
            g.setColor(PreviewPicture.color(Palette.run(i)));
            g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.drawLine(left + 3, base - 7, left + 33, base - 7);
            g.setColor(PreviewPicture.INK);
            g.drawString(fit(g.getFontMetrics(), text.runs().get(i), width - 48), left + 48, base);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.setColor(PreviewPicture.MUTED);
        g.drawString("Optimizer Playground", left, PreviewPicture.HEIGHT - 22);
    }

    /** Draws {@code text} wrapped at words into at most {@code maxLines}; returns the y below it. */
    private static int paragraph(Graphics2D g, String text, Font font, Color color, int x, int top, int width,
                                 int maxLines) {
        g.setFont(font);
        g.setColor(color);
        FontMetrics fm = g.getFontMetrics();
        List<String> lines = lines(fm, text, width);
        int y = top;
        for (int i = 0; i < lines.size() && i < maxLines; i++) {
            String shown = i == maxLines - 1 && lines.size() > maxLines ? lines.get(i) + " …" : lines.get(i);
            y += fm.getHeight();
            g.drawString(fit(fm, shown, width), x, y - fm.getDescent());
        }
        return y;
    }

    /** {@code text} wrapped at words into lines of at most {@code width} pixels (a longer word is cut later). */
    private static List<String> lines(FontMetrics fm, String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fm.stringWidth(candidate) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** {@code text}, cut with "…" to fit {@code width} pixels. */
    private static String fit(FontMetrics fm, String text, int width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String t = text;
        while (!t.isEmpty() && fm.stringWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

}
