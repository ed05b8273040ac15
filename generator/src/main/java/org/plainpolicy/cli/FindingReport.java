package org.plainpolicy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.Preview;
import org.plainpolicy.model.Finding;

/** Prints findings as error lines on standard output, a one-line summary on standard error. */
final class FindingReport {

    private FindingReport() {
    }

    /** Prints the result and returns the exit code it calls for. */
    static int print(PlainPolicy.CheckResult result, PrintWriter out, PrintWriter err, boolean failOnWarning) {
        return print(result, out, err, failOnWarning, result.project().isEmpty());
    }

    /** Prints a build's findings and returns the exit code they call for. */
    static int print(PlainPolicy.BuildResult result, PrintWriter out, PrintWriter err, boolean failOnWarning) {
        return print(result.check(), out, err, failOnWarning, result.sourceUnreadable());
    }

    private static int print(PlainPolicy.CheckResult result, PrintWriter out, PrintWriter err, boolean failOnWarning,
                             boolean unreadable) {
        Path workingDirectory = Path.of("");
        for (Finding finding : result.findings()) {
            out.println(finding.toLine(workingDirectory));
        }
        out.flush();
        err.println(summary(result));
        err.flush();
        if (unreadable) {
            return ExitCodes.USAGE;
        }
        return result.failed(failOnWarning) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** Prints what a rebuild of the preview found, as {@code validate} would, and how long it took. */
    static void print(Preview.Rebuild rebuild, PrintWriter out, PrintWriter err) {
        Path workingDirectory = Path.of("");
        for (Finding finding : rebuild.findings()) {
            out.println(finding.toLine(workingDirectory));
        }
        out.flush();
        long errors = rebuild.findings().stream().filter(Finding::isError).count();
        err.println("Rebuilt in " + rebuild.took().toMillis() + " ms: "
                + summary(errors, rebuild.findings().size() - errors));
        err.flush();
    }

    private static String summary(PlainPolicy.CheckResult result) {
        return summary(result.errors(), result.warnings());
    }

    private static String summary(long errors, long warnings) {
        if (errors + warnings == 0) {
            return "No problems found.";
        }
        return count(errors, "error") + ", " + count(warnings, "warning") + ".";
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
