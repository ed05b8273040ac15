package org.plainpolicy.hardening;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The command line in a JVM of its own, as a user or a CI job runs it: heap limits and kills are real. */
final class Cli {

    record Result(int exit, String output) {
    }

    private Cli() {
    }

    static Process start(String jvmOption, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                jvmOption, "-cp", System.getProperty("java.class.path"), "org.plainpolicy.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    static Result run(String jvmOption, String... args) throws IOException, InterruptedException {
        Process process = start(jvmOption, args);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(110, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the command did not finish: " + String.join(" ", args));
        }
        return new Result(process.exitValue(), output);
    }
}
