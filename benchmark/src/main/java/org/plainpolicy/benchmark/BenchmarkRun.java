package org.plainpolicy.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.render.ChangePages;
import org.plainpolicy.load.LoadResult;
import org.plainpolicy.load.PolicyLoader;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.registry.Registry;
import org.plainpolicy.render.OutputFile;
import org.plainpolicy.render.SiteRenderer;
import org.plainpolicy.render.Theme;
import org.plainpolicy.site.SiteWriter;
import org.plainpolicy.validate.Validator;

/**
 * One measurement, in a JVM of its own so that its peak heap is its own: a project of N versions
 * and L languages, each stage alone, then the whole build three ways. Prints one line of results.
 */
public final class BenchmarkRun {

    private BenchmarkRun() {
    }

    public static void main(String[] args) throws Exception {
        int versions = Integer.parseInt(args[0]);
        int languages = Integer.parseInt(args[1]);
        Path work = Path.of(args[2]);
        Path policy = SyntheticPolicy.write(work.resolve("policy"), versions, languages);
        // The newest version is still to come, so that it may be edited (published versions are locked).
        LocalDate today = SyntheticPolicy.date(Math.max(0, versions - 2));
        List<String> results = new ArrayList<>();

        long t = System.nanoTime();
        LoadResult loaded = new PolicyLoader().load(policy);
        PolicyProject project = loaded.project().orElseThrow();
        results.add(ms("load", t));

        t = System.nanoTime();
        var findings = Validator.standard().validate(project);
        results.add(ms("validate", t));
        if (findings.stream().anyMatch(f -> f.isError())) {
            throw new IllegalStateException("the synthetic policy has errors: " + findings.subList(0, 3));
        }

        Theme theme = Theme.load(policy.resolve("templates"));
        AtomicInteger pages = new AtomicInteger();
        Consumer<OutputFile> count = f -> pages.incrementAndGet();
        t = System.nanoTime();
        // First without the PDFs, which Hugo does not make, then with them: the difference is what
        // the PDFs cost, or a little less, since the pages' own code is warm by the second.
        new SiteRenderer(Registry.standard(), false).render(project, theme, today, f -> { });
        results.add(ms("renderWithoutPdf", t));
        t = System.nanoTime();
        new SiteRenderer(Registry.standard()).render(project, theme, today, count);
        results.add(ms("render", t));
        t = System.nanoTime();
        new ChangePages(Registry.standard()).render(project, theme, today, count);
        results.add(ms("diff", t));

        // The stages above held their own copy of the model; the builds below load theirs.
        loaded = null;
        project = null;
        findings = null;
        PlainPolicy tool = PlainPolicy.standard();
        Path out = work.resolve("site");
        t = System.nanoTime();
        PlainPolicy.BuildResult full = tool.build(policy, out, today);
        results.add(ms("full", t));
        results.add("write=" + writeStage(out, work.resolve("site-written"), policy));
        t = System.nanoTime();
        PlainPolicy.BuildResult unchanged = tool.build(policy, out, today);
        results.add(ms("unchanged", t));
        Path newest = policy.resolve("versions/" + SyntheticPolicy.date(versions - 1) + ".en.yaml");
        Files.writeString(newest, Files.readString(newest).replace("Partner 0 SAS", "Partner Zero SAS"));
        t = System.nanoTime();
        PlainPolicy.BuildResult edited = tool.build(policy, out, today);
        results.add(ms("edited", t));

        // Side by side with Hugo: our command line from a cold JVM, as a user runs it, then Hugo
        // rendering the same version and changes pages.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (args.length > 3) {
            command.addAll(List.of("-jar", args[3]));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.plainpolicy.cli.Main"));
        }
        command.addAll(List.of("build", policy.toString(), "-o", work.resolve("site-cli").toString(), "--today",
                today.toString()));
        TimedProcess cli = TimedProcess.run(command).orFail("the command-line build");
        results.add("cli=" + cli.millis());
        results.add("cliPeakMiB=" + cli.peakMiB());
        int[] hugoPages = new int[1];
        java.util.OptionalLong hugo = HugoComparison.run(out, work, hugoPages);
        results.add("hugo=" + (hugo.isPresent() ? String.valueOf(hugo.getAsLong()) : "none"));
        results.add("hugoPages=" + hugoPages[0]);

        results.add(String.format(Locale.ROOT, "peakHeapMiB=%.0f", peakHeap() / 1048576.0));
        // The preview, warm: the newest version's page open, its file edited again and again.
        List<Long> edits = PreviewEdits.measure(policy, today, newest, "Partner Zero SAS",
                "versions/" + SyntheticPolicy.date(versions - 1) + "/index.html", 10);
        results.add("preview=" + PreviewEdits.median(edits));
        results.add("previewMax=" + edits.get(edits.size() - 1));
        results.add("files=" + full.filesWritten());
        results.add("upToDate=" + unchanged.upToDate());
        results.add("editedFiles=" + edited.rendered().size());
        System.out.println("RESULT versions=" + versions + " languages=" + languages + " " + String.join(" ", results));
    }

    /**
     * The last stage alone: the writer puts the files of a built site, read back one at a time,
     * into a new site and swaps it in. Milliseconds.
     */
    private static String writeStage(Path site, Path target, Path policy) throws Exception {
        List<Path> files;
        try (var walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        long t = System.nanoTime();
        SiteWriter.Session session = new SiteWriter().open(target, policy);
        for (Path file : files) {
            String path = site.relativize(file).toString().replace('\\', '/');
            if (!path.startsWith(".plainpolicy-")) {
                session.write(new OutputFile(path, Files.readAllBytes(file)));
            }
        }
        session.commit(new SiteWriter.Stamp("benchmark", 0));
        return String.format(Locale.ROOT, "%.0f", (System.nanoTime() - t) / 1e6);
    }

    private static String ms(String stage, long start) {
        return String.format(Locale.ROOT, "%s=%.0f", stage, (System.nanoTime() - start) / 1e6);
    }

    /** The peak of the old generation: what the build kept alive, young garbage left out. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getName().contains("Old")) {
                peak = Math.max(peak, pool.getPeakUsage().getUsed());
            }
        }
        return peak;
    }
}
