package org.plainpolicy.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Benchmark SIZES LANGUAGES HEAP DIR}: runs {@link BenchmarkRun} for each size in its own JVM
 * with the given maximum heap, and prints the results as the Markdown table of the README
 * (also written to DIR/results.md).
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
        List<String> rows = new ArrayList<>();
        rows.add("| N versions × " + languages + " languages | files | load | validate | render | diff | write | full build "
                + "| rebuild, nothing changed | rebuild, newest edited | old-generation peak (-Xmx" + heap + ") "
                + "| command line, cold JVM | Hugo, same pages |");
        rows.add("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (String size : sizes) {
            Path work = directory.resolve("n" + size.strip());
            delete(work);
            String used = heap;
            Map<String, String> r;
            try {
                r = run(size.strip(), languages, heap, work);
            } catch (OutOfMemory e) {
                // Still give the figures, with the heap this size needs; the table says so.
                delete(work);
                used = LARGE_HEAP;
                r = run(size.strip(), languages, LARGE_HEAP, work);
            }
            rows.add(String.format("| %s | %s | %s ms | %s ms | %s ms | %s ms | %s ms | %s ms | %s ms%s "
                    + "| %s ms (%s files rendered) "
                    + "| %s | %s ms | %s |",
                    size.strip(), r.get("files"), r.get("load"), r.get("validate"), r.get("render"), r.get("diff"),
                    r.get("write"), r.get("full"), r.get("unchanged"),
                    "true".equals(r.get("upToDate")) ? "" : " (not skipped!)",
                    r.get("edited"), r.get("editedFiles"), r.get("peakHeapMiB") + " MiB"
                            + (used.equals(heap) ? "" : " (out of memory at -Xmx" + heap + "; ran with -Xmx" + used + ")"),
                    r.get("cli"), "none".equals(r.get("hugo")) ? "Hugo not installed"
                            : r.get("hugo") + " ms (" + r.get("hugoPages") + " pages)"));
            System.out.println(rows.get(rows.size() - 1));
            delete(work);
        }
        String table = String.join("\n", rows) + "\n";
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("results.md"), table, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(table);
    }

    private static Map<String, String> run(String size, String languages, String heap, Path work) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), BenchmarkRun.class.getName(), size,
                languages, work.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0 && output.contains("OutOfMemoryError")) {
            throw new OutOfMemory();
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("the run of " + size + " versions failed:\n" + output);
        }
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
