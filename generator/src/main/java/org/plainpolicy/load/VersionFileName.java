package org.plainpolicy.load;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plainpolicy.model.VersionKey;

/** The name of a version file, {@code <YYYY-MM-DD>.<lang>.yaml}, and what is wrong with a name that is not one. */
final class VersionFileName {

    private static final Pattern NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.([a-z]{2,3})\\.yaml");
    private static final Pattern NEAR = Pattern.compile("(.+)\\.([A-Za-z-]+)\\.(yaml|yml|YAML|YML)");

    private VersionFileName() {
    }

    static Optional<VersionKey> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Values.date(m.group(1)).map(date -> new VersionKey(date, m.group(2)));
    }

    /** Why a name that {@link #parse} refused is not a version file name, and what to write instead. */
    static String problem(Path file) {
        String name = file.getFileName().toString();
        Matcher near = NEAR.matcher(name);
        String expected = "; name version files <date>.<language>.yaml, such as 2018-09-15.en.yaml";
        if (near.matches()) {
            String date = near.group(1);
            String language = near.group(2);
            if (!near.group(3).equals("yaml")) {
                return "the file '" + name + "' ends in ." + near.group(3) + "; rename it to end in .yaml";
            }
            if (Values.date(date).isEmpty() && date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return "the file '" + name + "' is named after " + date + ", which is not a day of the calendar";
            }
            if (!language.equals(language.toLowerCase(Locale.ROOT))) {
                return "the language in the file name '" + name + "' must be lowercase: "
                        + language.toLowerCase(Locale.ROOT);
            }
            if (Values.date(date).isEmpty()) {
                return "the file '" + name + "' is not named after a date written YYYY-MM-DD" + expected;
            }
        }
        return "the file '" + name + "' is not a version file" + expected;
    }
}
