package org.plainpolicy.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code Benchmark SIZES LANGUAGES HEAP DIR JAR SAMPLE RUNS}: first {@link ColdStart} on the sample
 * with the command-line jar, then {@link BenchmarkRun} for each size in its own JVM with the given
 * maximum heap; prints the results as the Markdown tables of the README, and writes them to
 * DIR/results.md with the curve of cost against N, DIR/curve.svg.
 */
public final class Benchmark {

    private static final String LARGE_HEAP = "3g";

    private Benchmark() {
    }

    /** A size that does not fit in the heap asked for. */
    private static final class OutOfMemory extends Exception {
        private static final long serialVersionUID = 1L;
    }

    public static void main(String[] args) throws Exception {
        String[] sizes = args[0].split(",");
        String languages = args[1];
        String heap = args[2];
        Path directory = Path.of(args[3]);
        String jar = args[4];
        String sample = args[5];
        String coldRuns = args[6];
        List<String> cold = coldStart(List.of(jar, sample, directory.resolve("sample").toString(), coldRuns, args[7],
                args[8]));
        cold.forEach(System.out::println);
        Curve curve = new Curve("A full build against N, and Hugo on the same pages");
        List<String> rows = new ArrayList<>();
        rows.add("| N versions × " + languages + " languages | files | load | validate | render (of which the PDFs) | diff | write | full build "
                + "| rebuild, nothing changed | rebuild, newest edited | old-generation peak (-Xmx" + heap + ") "
                + "| command line, cold JVM | its peak RSS (no flags) | Hugo, same pages | full build ÷ Hugo "
                + "| command line ÷ Hugo | preview: an edit shown (median, slowest) |");
        rows.add("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
                + "| ---: | ---: |");
        for (String size : sizes) {
            Path work = directory.resolve("n" + size.strip());
            delete(work);
            String used = heap;
            Map<String, String> r;
            try {
                r = run(size.strip(), languages, heap, work, jar);
            } catch (OutOfMemory e) {
                // Still give the figures, with the heap this size needs; the table says so.
                delete(work);
                used = LARGE_HEAP;
                r = run(size.strip(), languages, LARGE_HEAP, work, jar);
            }
            boolean hugo = !"none".equals(r.get("hugo"));
            int n = Integer.parseInt(size.strip());
            curve.add("full build, warm JVM", n, Long.parseLong(r.get("full")));
            curve.add("command line, cold JVM", n, Long.parseLong(r.get("cli")));
            if (hugo) {
                curve.add("Hugo, same pages", n, Long.parseLong(r.get("hugo")));
            }
            rows.add(String.format("| %s | %s | %s ms | %s ms | %s ms (%s ms) | %s ms | %s ms | %s ms | %s ms%s "
                    + "| %s ms (%s files rendered) "
                    + "| %s | %s ms | %s MiB | %s | %s | %s | %s ms, %s ms |",
                    size.strip(), r.get("files"), r.get("load"), r.get("validate"), r.get("render"),
                    Long.parseLong(r.get("render")) - Long.parseLong(r.get("renderWithoutPdf")), r.get("diff"),
                    r.get("write"), r.get("full"), r.get("unchanged"),
                    "true".equals(r.get("upToDate")) ? "" : " (not skipped!)",
                    r.get("edited"), r.get("editedFiles"), r.get("peakHeapMiB") + " MiB"
                            + (used.equals(heap) ? "" : " (out of memory at -Xmx" + heap + "; ran with -Xmx" + used + ")"),
                    r.get("cli"), r.get("cliPeakMiB"), hugo ? r.get("hugo") + " ms (" + r.get("hugoPages") + " pages)"
                            : "Hugo not installed",
                    hugo ? ratio(r.get("full"), r.get("hugo")) : "–", hugo ? ratio(r.get("cli"), r.get("hugo")) : "–",
                    r.get("preview"), r.get("previewMax")));
            System.out.println(rows.get(rows.size() - 1));
            delete(work);
        }
        String table = String.join("\n", cold) + "\n\n" + String.join("\n", rows) + "\n";
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("results.md"), table, StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("curve.svg"), curve.svg(), StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(table);
    }

    private static Map<String, String> run(String size, String languages, String heap, Path work, String jar)
            throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), BenchmarkRun.class.getName(), size,
                languages, work.toString(), jar).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0 && output.contains("OutOfMemoryError")) {
            throw new OutOfMemory();
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("the run of " + size + " versions failed:\n" + output);
        }
        return result(output);
    }

    /** The sample from a cold JVM, side by side with the JVM's own start, as the README's table of goals. */
    private static List<String> coldStart(List<String> arguments) throws Exception {
        Path work = Path.of(arguments.get(2));
        delete(work);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ColdStart.class.getName()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the cold start of the sample failed:\n" + output);
        }
        delete(work);
        Map<String, String> r = result(output);
        List<String> rows = new ArrayList<>();
        rows.add("| the sample (" + "`java -jar plainpolicy.jar`, cold JVM, median of " + r.get("runs")
                + " runs) | time | ÷ the JVM's start (`java -version`: " + r.get("version")
                + " ms), median of pairs | goal | margin |");
        rows.add("| --- | ---: | ---: | ---: | --- |");
        rows.add(String.format(Locale.ROOT, "| `validate` | %s ms | %s× | ≤ 8× | %s |", r.get("validate"),
                r.get("validateRatio"), margin(Double.parseDouble(r.get("validateRatio")), 8)));
        rows.add(String.format(Locale.ROOT, "| `build` into a new site (peak RSS %s MiB) | %s ms | %s× | ≤ 12× | %s |",
                r.get("buildPeakMiB"), r.get("build"), r.get("buildRatio"),
                margin(Double.parseDouble(r.get("buildRatio")), 12)));
        rows.add(String.format(Locale.ROOT, "| `build`, nothing changed | %s ms | %s× | – | – |", r.get("unchanged"),
                r.get("unchangedRatio")));
        rows.add(String.format(Locale.ROOT, "| `build`'s own check of an unchanged project, as it reports it "
                + "(\"checked in N ms\") | %s ms (slowest %s ms) | – | – | – |", r.get("checked"), r.get("checkedMax")));
        String maven = r.get("maven");
        rows.add(String.format(Locale.ROOT, "| the Maven goal `plainpolicy:build` on the unchanged sample, as it reports "
                + "it (two runs of `mvn package`) | %s | – | < 50 ms | %s |",
                maven.equals("n/a") ? "n/a (install the plugin first)" : maven.replace(",", " ms, ") + " ms",
                maven.equals("n/a") ? "–" : margin(java.util.Arrays.stream(maven.split(","))
                        .mapToDouble(Double::parseDouble).max().orElseThrow(), 50)));
        rows.add(String.format(Locale.ROOT, "| the preview, warm: an edit of the sample served (median of 15) | %s ms "
                + "(slowest %s ms) | – | ≤ 100 ms | %s |", r.get("preview"), r.get("previewMax"),
                margin(Double.parseDouble(r.get("preview")), 100)));
        return rows;
    }

    /** How a figure stands against its bound: the share of the bound left, or how many times over it is. */
    private static String margin(double value, double bound) {
        return value <= bound
                ? String.format(Locale.ROOT, "holds, %.0f%% under", 100 * (bound - value) / bound)
                : String.format(Locale.ROOT, "misses: %.1f times the bound", value / bound);
    }

    private static String ratio(String a, String b) {
        return String.format(Locale.ROOT, "%.1f×", Double.parseDouble(a) / Double.parseDouble(b));
    }

    private static Map<String, String> result(String output) {
        String line = output.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no result:\n" + output));
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : line.substring(7).split(" ")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], kv[1]);
        }
        return values;
    }

    private static void delete(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var walk = Files.walk(directory)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
