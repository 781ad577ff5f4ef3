package com.crcloud.dashboard.service;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A grouped bar chart drawn with Java2D into a PNG, for the PDF report: no browser on the server. Text is set in the
 * font given (the report's CJK font) where it has the glyph, else in the JDK's logical sans-serif font (Droid Sans
 * Fallback has no Latin letters or digits).
 */
final class BarChartImage {

    record Series(String name, Color color, List<Long> values) {
    }

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 420;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 50;
    private static final int BOTTOM = 70;

    private BarChartImage() {
    }

    static byte[] render(Font font, List<String> categories, List<Series> series) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            Text text = new Text(g, font.deriveFont(18f), new Font(Font.SANS_SERIF, Font.PLAIN, 18));

            long max = Math.max(1, series.stream().flatMap(s -> s.values().stream()).mapToLong(Long::longValue).max().orElse(1));
            long step = niceStep(max);
            long top = ((max + step - 1) / step) * step;
            int plotHeight = HEIGHT - TOP - BOTTOM;
            int plotWidth = WIDTH - LEFT - RIGHT;

            g.setStroke(new BasicStroke(1f));
            for (long tick = 0; tick <= top; tick += step) {
                int y = TOP + plotHeight - (int) (plotHeight * tick / top);
                g.setColor(new Color(0xE0, 0xE0, 0xE0));
                g.drawLine(LEFT, y, WIDTH - RIGHT, y);
                g.setColor(Color.DARK_GRAY);
                String label = Long.toString(tick);
                text.draw(label, LEFT - 8 - text.width(label), y + text.ascent() / 2 - 2);
            }

            int groups = Math.max(1, categories.size());
            double groupWidth = (double) plotWidth / groups;
            double barWidth = groupWidth * 0.7 / Math.max(1, series.size());
            for (int c = 0; c < categories.size(); c++) {
                double groupLeft = LEFT + c * groupWidth + groupWidth * 0.15;
                for (int s = 0; s < series.size(); s++) {
                    long value = series.get(s).values().get(c);
                    int barHeight = (int) (plotHeight * value / top);
                    g.setColor(series.get(s).color());
                    g.fillRect((int) (groupLeft + s * barWidth), TOP + plotHeight - barHeight, (int) Math.max(1, barWidth - 2), barHeight);
                }
                g.setColor(Color.DARK_GRAY);
                String label = categories.get(c);
                int x = (int) (LEFT + c * groupWidth + groupWidth / 2 - text.width(label) / 2.0);
                text.draw(label, x, TOP + plotHeight + text.ascent() + 8);
            }
            g.drawLine(LEFT, TOP + plotHeight, WIDTH - RIGHT, TOP + plotHeight);

            int x = LEFT;
            for (Series s : series) {
                g.setColor(s.color());
                g.fillRect(x, 15, 16, 16);
                g.setColor(Color.DARK_GRAY);
                text.draw(s.name(), x + 22, 15 + text.ascent() - 2);
                x += 22 + text.width(s.name()) + 30;
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode a report chart", e);
        }
        return png.toByteArray();
    }

    /** Draws and measures text in runs, each in the first of the two fonts that has its characters. */
    private record Text(Graphics2D g, Font primary, Font fallback) {

        private record Run(Font font, String text) {
        }

        void draw(String text, int x, int y) {
            int at = x;
            for (Run run : runs(text)) {
                g.setFont(run.font());
                g.drawString(run.text(), at, y);
                at += g.getFontMetrics(run.font()).stringWidth(run.text());
            }
        }

        int width(String text) {
            return runs(text).stream().mapToInt(run -> g.getFontMetrics(run.font()).stringWidth(run.text())).sum();
        }

        int ascent() {
            return g.getFontMetrics(primary).getAscent();
        }

        private List<Run> runs(String text) {
            List<Run> runs = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            Font current = null;
            for (int i = 0; i < text.length(); i++) {
                Font next = primary.canDisplay(text.charAt(i)) ? primary : fallback;
                if (current != null && current != next) {
                    runs.add(new Run(current, run.toString()));
                    run.setLength(0);
                }
                current = next;
                run.append(text.charAt(i));
            }
            if (current != null) {
                runs.add(new Run(current, run.toString()));
            }
            return runs;
        }
    }

    /** 1, 2 or 5 times a power of ten, giving at most about five grid lines. */
    private static long niceStep(long max) {
        long magnitude = 1;
        while (magnitude * 10 <= max) {
            magnitude *= 10;
        }
        for (long factor : new long[]{1, 2, 5, 10}) {
            if (max / (factor * magnitude) <= 5) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
