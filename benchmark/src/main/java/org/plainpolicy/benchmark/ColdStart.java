package org.plainpolicy.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ColdStart JAR SAMPLE WORK RUNS MAVEN_HOME SAMPLE_POM}: the sample project from a cold JVM,
 * as a user runs the command line ({@code java -jar plainpolicy.jar}), each run side by side with
 * the JVM's own start ({@code java -version}) just before it, so that a ratio holds when the
 * machine's speed drifts; the Maven goal on the unchanged sample; then the preview of the sample,
 * warm. Prints one {@code RESULT} line.
 */
public final class ColdStart {

    private static final Pattern CHECKED = Pattern.compile("checked in (\\d+) ms");

    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path sample = Path.of(args[1]).toAbsolutePath();
        Path work = Path.of(args[2]).toAbsolutePath();
        int runs = Integer.parseInt(args[3]);
        Path policy = work.resolve("policy");
        copy(sample, policy);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> jvm = List.of(java, "-version");
        List<String> results = new ArrayList<>();

        List<Long> version = new ArrayList<>();
        Series validate = new Series();
        Series build = new Series();
        Series unchanged = new Series();
        List<Long> checked = new ArrayList<>();
        long peakBuild = 0;
        for (int run = 0; run < runs + 1; run++) {
            boolean counted = run > 0;
            Path out = work.resolve("site-" + run);
            TimedProcess v1 = TimedProcess.run(jvm).orFail("java -version");
            TimedProcess a = TimedProcess.run(List.of(java, "-jar", jar.toString(), "validate", policy.toString()))
                    .orFail("validate");
            TimedProcess v2 = TimedProcess.run(jvm).orFail("java -version");
            TimedProcess b = TimedProcess.run(List.of(java, "-jar", jar.toString(), "build", policy.toString(), "-o",
                    out.toString())).orFail("build");
            TimedProcess v3 = TimedProcess.run(jvm).orFail("java -version");
            TimedProcess c = TimedProcess.run(List.of(java, "-jar", jar.toString(), "build", policy.toString(), "-o",
                    out.toString())).orFail("build, nothing changed");
            if (counted) {
                version.addAll(List.of(v1.millis(), v2.millis(), v3.millis()));
                validate.add(a, v1);
                build.add(b, v2);
                unchanged.add(c, v3);
                peakBuild = Math.max(peakBuild, b.peakKiB());
                Matcher m = CHECKED.matcher(c.output());
                if (!m.find()) {
                    throw new IllegalStateException("the second build did not say it had nothing to do:\n" + c.output());
                }
                checked.add(Long.parseLong(m.group(1)));
            }
        }
        Collections.sort(checked);
        Collections.sort(version);
        results.add("version=" + version.get(version.size() / 2));
        results.add("validate=" + validate.median());
        results.add("validateRatio=" + validate.ratio());
        results.add("build=" + build.median());
        results.add("buildRatio=" + build.ratio());
        results.add("unchanged=" + unchanged.median());
        results.add("unchangedRatio=" + unchanged.ratio());
        results.add("checked=" + checked.get(checked.size() / 2));
        results.add("checkedMax=" + checked.get(checked.size() - 1));
        results.add("buildPeakMiB=" + Math.round(peakBuild / 1024.0));
        results.add("runs=" + runs);

        results.add("maven=" + mavenGoal(Path.of(args[4]), Path.of(args[5]), policy, work.resolve("maven-site")));

        // The preview of a draft: the sample's published versions, their lock taken away.
        Files.deleteIfExists(policy.resolve("plainpolicy.lock"));
        List<Long> edits = PreviewEdits.measure(policy, LocalDate.now(), policy.resolve("versions/2018-09-15.en.yaml"),
                "Postwise helps companies", "versions/2018-09-15/index.html", 15);
        results.add("preview=" + PreviewEdits.median(edits));
        results.add("previewMax=" + edits.get(edits.size() - 1));
        System.out.println("RESULT " + String.join(" ", results));
    }

    /**
     * The build goal's own time on an unchanged project, as it reports it, in a real Maven build of
     * the sample (its pom, this copy of its policy): built once, then twice more with nothing
     * changed. "n/a" when Maven cannot run the plugin offline (it is not installed yet).
     */
    private static String mavenGoal(Path mavenHome, Path pom, Path policy, Path site) throws Exception {
        List<String> command = List.of(mavenHome.resolve("bin/mvn").toString(), "-B", "-o", "-f", pom.toString(),
                "package", "-Dplainpolicy.sourceDirectory=" + policy, "-Dplainpolicy.outputDirectory=" + site);
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            TimedProcess maven = TimedProcess.run(command);
            if (maven.exit() != 0) {
                return "n/a";
            }
            Matcher m = CHECKED.matcher(maven.output());
            if (run > 0 && m.find()) {
                times.add(Long.parseLong(m.group(1)));
            }
        }
        return times.isEmpty() ? "n/a" : times.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).get();
    }

    /** Wall times of one command, each with the JVM's start measured next to it. */
    private static final class Series {
        private final List<Long> millis = new ArrayList<>();
        private final List<Double> ratios = new ArrayList<>();

        void add(TimedProcess run, TimedProcess jvm) {
            millis.add(run.millis());
            ratios.add((double) run.wallNanos() / jvm.wallNanos());
        }

        long median() {
            List<Long> sorted = millis.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }

        String ratio() {
            List<Double> sorted = ratios.stream().sorted().toList();
            return String.format(Locale.ROOT, "%.1f", sorted.get(sorted.size() / 2));
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
