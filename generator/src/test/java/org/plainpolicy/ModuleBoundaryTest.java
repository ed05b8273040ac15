package org.plainpolicy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator as a module (module-info.java): a program may use its API, may not reach its stages,
 * and the tool works on the module path as it does on the class path, where the suite runs it.
 */
class ModuleBoundaryTest {

    private static final Path MODULE = Path.of("target/classes");
    /** The generator's runtime dependencies, by the start of their jars' names. */
    private static final List<String> RUNTIME = List.of("snakeyaml-", "velocity-engine-core-", "commonmark-",
            "jsoup-", "icu4j-", "picocli-", "java-diff-utils-", "commons-lang3-", "slf4j-api-", "slf4j-nop-",
            "jakarta.json-api-", "parsson-", "openhtmltopdf-core-", "openhtmltopdf-pdfbox-", "pdfbox-", "fontbox-",
            "xmpbox-", "graphics2d-", "commons-logging-", "jasperreports-fonts-", "fastexcel-0", "opczip-");

    @TempDir
    Path work;

    @Test
    void aProgramMayUseTheApi() throws IOException {
        Compiled compiled = compile("api-only");
        assertEquals(0, compiled.exit(), compiled.output());
    }

    @Test
    void aProgramMayNotReachTheStages() throws IOException {
        Compiled compiled = compile("internal");
        assertTrue(compiled.exit() != 0, "it must not compile");
        assertTrue(compiled.output().contains("package org.plainpolicy.load is not visible")
                || compiled.output().contains("does not export org.plainpolicy.load"), compiled.output());
    }

    @Test
    void theCommandLineBuildsTheSampleOnTheModulePath() throws Exception {
        Path policy = TestFiles.copy(Path.of("../sample-policy/policy"), work.resolve("policy"));
        Path site = work.resolve("site");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "--module-path", modulePath(), "--class-path", themePath(),
                // Velocity has no module descriptor, so what it needs (commons-lang3, SLF4J) is added by hand.
                "--add-modules", "ALL-MODULE-PATH",
                "-m", "org.plainpolicy.generator/org.plainpolicy.cli.Main",
                "build", policy.toString(), "-o", site.toString(), "--today=2018-09-01"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        assertTrue(Files.readString(site.resolve("index.html")).contains("Postwise"), output);
        assertTrue(Files.exists(site.resolve("fr/changes/2018-09-15/index.html")), output);
        // JSON through jakarta.json, its provider found on the module path.
        assertTrue(Files.readString(site.resolve("versions.json")).contains("\"current\": \"2018-05-25\""), output);
        // The PDF through openhtmltopdf and PDFBox, its fonts read from their jar's module.
        assertTrue(Files.size(site.resolve("versions/2018-09-15/policy.pdf")) > 10_000, output);
    }

    private record Compiled(int exit, String output) {
    }

    private Compiled compile(String program) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("--module-path", modulePath(), "-d",
                work.resolve("out-" + program).toString()));
        try (Stream<Path> sources = Files.walk(Path.of("src/test/resources/module", program))) {
            sources.filter(p -> p.toString().endsWith(".java")).map(Path::toString).forEach(arguments::add);
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int exit = javac.run(null, errors, errors, arguments.toArray(String[]::new));
        return new Compiled(exit, errors.toString(StandardCharsets.UTF_8));
    }

    /** The generator's classes, with the module descriptor, and the jars it needs at run time. */
    private static String modulePath() {
        List<String> path = new ArrayList<>(List.of(MODULE.toAbsolutePath().toString()));
        classPath().stream().filter(entry -> entry.endsWith(".jar") && RUNTIME.stream()
                .anyMatch(name -> Path.of(entry).getFileName().toString().startsWith(name))).forEach(path::add);
        return String.join(File.pathSeparator, path);
    }

    /** The theme's templates and messages: resources only, read through the class loader from the class path. */
    private static String themePath() {
        return String.join(File.pathSeparator, classPath().stream()
                .filter(entry -> entry.contains("site-template")).toList());
    }

    private static List<String> classPath() {
        return Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
    }
}
