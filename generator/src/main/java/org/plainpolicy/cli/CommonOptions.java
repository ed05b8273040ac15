package org.plainpolicy.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The options every command takes (spec section 8). */
final class CommonOptions {

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "The day to treat as today, deciding which version is current and which are upcoming "
                    + "(default: the system clock).")
    LocalDate today;

    @Option(names = "--fail-on-warning", description = "Exit with 1 when there are warnings, not only errors.")
    boolean failOnWarning;

    LocalDate today() {
        return today == null ? LocalDate.now() : today;
    }
}
