package org.plainpolicy.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's figures as a small SVG: the time of each series against N, both axes
 * logarithmic, so that a straight line of slope one is linear growth and the distance between
 * two lines is their ratio.
 */
final class Curve {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 380;
    private static final int LEFT = 70;
    private static final int RIGHT = 200;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;
    private static final String[] COLOURS = {"#1b5e20", "#0d47a1", "#b71c1c", "#6a1b9a", "#e65100"};

    private final String title;
    private final Map<String, Map<Integer, Long>> series = new LinkedHashMap<>();

    Curve(String title) {
        this.title = title;
    }

    /** A point of the series {@code name}: {@code millis} at N = {@code n}; a series may lack a size. */
    void add(String name, int n, long millis) {
        series.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(n, Math.max(1, millis));
    }

    String svg() {
        List<Integer> ns = series.values().stream().flatMap(m -> m.keySet().stream()).distinct().sorted().toList();
        long most = series.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).max().orElse(10);
        long least = series.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).min().orElse(1);
        double xMin = Math.log10(ns.get(0));
        double xMax = Math.max(xMin + 1, Math.log10(ns.get(ns.size() - 1)));
        double yMin = Math.floor(Math.log10(least));
        double yMax = Math.max(yMin + 1, Math.ceil(Math.log10(most)));
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"t d\" font-family=\"sans-serif\" font-size=\"12\">%n",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
        out.append("<title id=\"t\">").append(escape(title)).append("</title>\n");
        out.append("<desc id=\"d\">").append(escape(description(ns))).append("</desc>\n");
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"14\" font-weight=\"bold\">%s</text>%n",
                LEFT, escape(title)));
        for (double e = yMin; e <= yMax; e++) {
            double y = y(e, yMin, yMax);
            out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#dddddd\"/>%n",
                    LEFT, y, WIDTH - RIGHT, y));
            out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
                    LEFT - 6, y + 4, time(Math.pow(10, e))));
        }
        for (int n : ns) {
            double x = x(Math.log10(n), xMin, xMax);
            out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#dddddd\"/>%n",
                    x, TOP, x, HEIGHT - BOTTOM));
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%,d</text>%n",
                    x, HEIGHT - BOTTOM + 18, n));
        }
        out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">N versions (each in 2 languages)</text>%n",
                (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 12));
        int i = 0;
        for (Map.Entry<String, Map<Integer, Long>> s : series.entrySet()) {
            String colour = COLOURS[i % COLOURS.length];
            List<String> points = new ArrayList<>();
            for (Map.Entry<Integer, Long> p : s.getValue().entrySet()) {
                points.add(String.format(Locale.ROOT, "%.1f,%.1f", x(Math.log10(p.getKey()), xMin, xMax),
                        y(Math.log10(p.getValue()), yMin, yMax)));
            }
            out.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour).append("\" points=\"")
                    .append(String.join(" ", points)).append("\"/>\n");
            for (String point : points) {
                String[] xy = point.split(",");
                out.append("<circle r=\"3\" fill=\"").append(colour).append("\" cx=\"").append(xy[0]).append("\" cy=\"")
                        .append(xy[1]).append("\"/>\n");
            }
            int legendY = TOP + 10 + 20 * i;
            out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                    WIDTH - RIGHT + 12, legendY, WIDTH - RIGHT + 32, legendY, colour));
            out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", WIDTH - RIGHT + 38, legendY + 4,
                    escape(s.getKey())));
            i++;
        }
        out.append("</svg>\n");
        return out.toString();
    }

    private String description(List<Integer> ns) {
        StringBuilder d = new StringBuilder("Time against N, both axes logarithmic.");
        for (Map.Entry<String, Map<Integer, Long>> s : series.entrySet()) {
            d.append(' ').append(s.getKey()).append(':');
            for (int n : ns) {
                Long ms = s.getValue().get(n);
                if (ms != null) {
                    d.append(String.format(Locale.ROOT, " N=%d %s;", n, time(ms)));
                }
            }
        }
        return d.toString();
    }

    private static double x(double log, double min, double max) {
        return LEFT + (log - min) / (max - min) * (WIDTH - LEFT - RIGHT);
    }

    private static double y(double log, double min, double max) {
        return HEIGHT - BOTTOM - (log - min) / (max - min) * (HEIGHT - TOP - BOTTOM);
    }

    private static String time(double millis) {
        return millis >= 1000 ? String.format(Locale.ROOT, "%.0f s", millis / 1000)
                : String.format(Locale.ROOT, "%.0f ms", millis);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
