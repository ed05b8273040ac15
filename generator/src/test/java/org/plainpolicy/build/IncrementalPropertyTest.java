package org.plainpolicy.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.TestFiles;
import org.plainpolicy.site.PublishedVersions;

/**
 * Random edits of every kind an editor or a build engineer makes, each followed by an incremental
 * build; after each, a build from scratch of the same inputs must write the same bytes and find the
 * same things. A failure names the seed and the edits that led to it, so that
 * {@code -Dplainpolicy.incremental.seed=N} replays it; {@code -Dplainpolicy.incremental.steps=N}
 * sets how many edits a run makes (at least 200 by default).
 */
class IncrementalPropertyTest {

    private static final Path SAMPLE = Path.of("../sample-policy/policy");
    private static final List<String> LANGUAGES = List.of("en", "fr", "de");
    private static final Pattern WORD = Pattern.compile("(?<=[ :])(the|your|our|we|you|les|vos|nous|die|Ihre|wir)"
            + "(?= )");
    private static final Pattern ITEM_ID = Pattern.compile("(?m)^  - id: ([a-z-]+)$");
    private static final Pattern ANNOUNCED = Pattern.compile("(?m)^announced: (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern VERSION = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.en\\.yaml");

    @TempDir
    Path work;

    @Test
    void everyIncrementalBuildWritesWhatABuildFromScratchWrites() throws IOException {
        long seed = Long.getLong("plainpolicy.incremental.seed", System.nanoTime());
        int steps = Integer.getInteger("plainpolicy.incremental.steps", 200);
        Random random = new Random(seed);
        Path policy = TestFiles.copy(SAMPLE, work.resolve("policy"));
        Path site = work.resolve("site");
        LocalDate today = LocalDate.of(2018, 9, 1);
        List<String> history = new ArrayList<>();
        int compared = 0;
        for (int step = 0; step < steps; step++) {
            Path before = TestFiles.copy(policy, work.resolve("before"));
            Edit edit = Edit.values()[random.nextInt(Edit.values().length)];
            String what = edit.apply(policy, random);
            if (edit == Edit.TODAY) {
                today = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(500));
                what = "today is " + today;
            }
            history.add(step + ": " + what);
            String replay = "seed " + seed + " (replay with -Dplainpolicy.incremental.seed=" + seed + "), after:\n"
                    + String.join("\n", history);
            // Edits of published versions, accepted on purpose, as an editor correcting them would.
            PublishedVersions.accept(policy, PublishedVersions.read(policy).keySet(), today);
            PlainPolicy.BuildResult incremental = build(policy, site, today, replay);
            Path scratch = work.resolve("scratch");
            PlainPolicy.BuildResult full = build(policy, scratch, today, replay);
            if (!incremental.upToDate()) {
                assertEquals(full.check().findings(), incremental.check().findings(), replay);
            }
            if (Boolean.getBoolean("plainpolicy.incremental.debug")) {
                System.out.println(what + " -> " + full.check().findings().stream().filter(f -> f.isError())
                        .limit(2).toList());
            }
            if (full.check().errors() == 0) {
                TestFiles.assertSameFiles(scratch, site, replay);
                compared++;
            }
            TestFiles.delete(scratch);
            if (full.check().errors() > 0) {
                // An edit with errors is taken back, as the editor would once told, so that the next
                // build follows a refused one and the policy stays mostly valid.
                TestFiles.delete(policy);
                TestFiles.copy(before, policy);
                history.add("(taken back: " + full.check().findings().stream().filter(f -> f.isError()).findFirst()
                        .map(f -> f.message()).orElse("") + ")");
            }
            TestFiles.delete(before);
        }
        assertTrue(compared >= steps / 2, "most edits leave a valid policy (" + compared + " of " + steps
                + "), seed " + seed);
    }

    private static PlainPolicy.BuildResult build(Path policy, Path site, LocalDate today, String replay) {
        try {
            return PlainPolicy.standard().build(policy, site, today);
        } catch (Exception e) {
            throw new AssertionError("the build failed: " + e + "\n" + replay, e);
        }
    }

    /** One kind of edit; {@link #apply} makes one at random and says what it did. */
    private enum Edit {
        TEXT {
            @Override
            String apply(Path policy, Random random) throws IOException {
                Path file = randomVersionFile(policy, random);
                String text = read(file);
                List<int[]> places = new ArrayList<>();
                Matcher m = WORD.matcher(text);
                while (m.find()) {
                    places.add(new int[] {m.start(), m.end()});
                }
                if (places.isEmpty()) {
                    return "no word to change in " + file.getFileName();
                }
                int[] at = places.get(random.nextInt(places.size()));
                String word = text.substring(at[0], at[1]);
                write(file, text.substring(0, at[0]) + word + word.substring(word.length() - 1) + text.substring(at[1]));
                return "a word of " + file.getFileName() + " at " + at[0];
            }
        },
        ID {
            @Override
            String apply(Path policy, Random random) throws IOException {
                String version = randomVersion(policy, random);
                List<String> ids = new ArrayList<>();
                Matcher m = ITEM_ID.matcher(read(policy.resolve("versions/" + version + ".en.yaml")));
                while (m.find()) {
                    ids.add(m.group(1));
                }
                String id = ids.get(random.nextInt(ids.size()));
                // Mostly in every language, as a careful editor would; sometimes in one only.
                List<String> languages = random.nextInt(4) == 0 ? List.of(LANGUAGES.get(random.nextInt(3))) : LANGUAGES;
                for (String language : languages) {
                    Path file = policy.resolve("versions/" + version + "." + language + ".yaml");
                    if (Files.exists(file)) {
                        write(file, read(file).replaceAll("(?<=[ \\[,])" + id + "(?=[\\],\\n])", id + "-x"));
                    }
                }
                return "id " + id + " of " + version + " renamed in " + languages;
            }
        },
        ANNOUNCED_DATE {
            @Override
            String apply(Path policy, Random random) throws IOException {
                String version = randomVersion(policy, random);
                int days = random.nextInt(21) - 10;
                for (String language : LANGUAGES) {
                    Path file = policy.resolve("versions/" + version + "." + language + ".yaml");
                    if (Files.exists(file)) {
                        Matcher m = ANNOUNCED.matcher(read(file));
                        if (m.find()) {
                            String moved = LocalDate.parse(m.group(1)).plusDays(days).toString();
                            write(file, m.replaceFirst("announced: " + moved));
                        }
                    }
                }
                return "announcement of " + version + " moved by " + days + " days";
            }
        },
        SITE_SETTINGS {
            @Override
            String apply(Path policy, Random random) throws IOException {
                Path file = policy.resolve("site.yaml");
                String text = read(file);
                switch (random.nextInt(3)) {
                    case 0 -> write(file, text.replaceFirst("(?m)^name: .*$", "name: Postwise " + random.nextInt(9)));
                    case 1 -> write(file, text.replaceFirst("(?m)^noticeDays: .*$", "noticeDays: "
                            + (25 + random.nextInt(15))));
                    default -> write(file, text.replaceFirst("(?m)^languages: .*$", random.nextBoolean()
                            ? "languages: [en, fr, de]" : "languages: [en, de, fr]"));
                }
                return "site.yaml";
            }
        },
        TODAY {
            @Override
            String apply(Path policy, Random random) {
                return "today";
            }
        },
        MESSAGES {
            @Override
            String apply(Path policy, Random random) throws IOException {
                String language = LANGUAGES.get(random.nextInt(3));
                Path file = policy.resolve(PlainPolicy.TEMPLATES_DIRECTORY + "/messages_" + language + ".properties");
                if (Files.exists(file) && random.nextBoolean()) {
                    Files.delete(file);
                    return "project messages of " + language + " removed";
                }
                Files.createDirectories(file.getParent());
                write(file, "policy.title=Privacy " + random.nextInt(5) + "\n");
                return "project messages of " + language + " written";
            }
        },
        TEMPLATE {
            @Override
            String apply(Path policy, Random random) throws IOException {
                Path file = policy.resolve(PlainPolicy.TEMPLATES_DIRECTORY + "/sections/security.vm");
                if (Files.exists(file) && random.nextBoolean()) {
                    Files.delete(file);
                    return "project template removed";
                }
                Files.createDirectories(file.getParent());
                write(file, "<p>Security " + random.nextInt(5) + ": $msg.get(\"policy.title\")</p>\n");
                return "project template written";
            }
        },
        VERSION_ADDED {
            @Override
            String apply(Path policy, Random random) throws IOException {
                List<String> versions = versions(policy);
                String newest = versions.get(versions.size() - 1);
                LocalDate date = LocalDate.parse(newest).plusDays(40 + random.nextInt(200));
                for (String language : LANGUAGES) {
                    Path from = policy.resolve("versions/" + newest + "." + language + ".yaml");
                    if (Files.exists(from)) {
                        write(policy.resolve("versions/" + date + "." + language + ".yaml"), ANNOUNCED.matcher(read(from))
                                .replaceFirst("announced: " + date.minusDays(35)));
                    }
                }
                return "version " + date + " added";
            }
        },
        VERSION_REMOVED {
            @Override
            String apply(Path policy, Random random) throws IOException {
                List<String> versions = versions(policy);
                if (versions.size() <= 3) {
                    return "no version removed";
                }
                String newest = versions.get(versions.size() - 1);
                for (String language : LANGUAGES) {
                    Files.deleteIfExists(policy.resolve("versions/" + newest + "." + language + ".yaml"));
                }
                return "version " + newest + " removed";
            }
        };

        abstract String apply(Path policy, Random random) throws IOException;
    }

    private static List<String> versions(Path policy) throws IOException {
        try (Stream<Path> files = Files.list(policy.resolve("versions"))) {
            return files.map(f -> VERSION.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> m.group(1)).sorted().toList();
        }
    }

    private static String randomVersion(Path policy, Random random) throws IOException {
        List<String> versions = versions(policy);
        return versions.get(random.nextInt(versions.size()));
    }

    private static Path randomVersionFile(Path policy, Random random) throws IOException {
        try (Stream<Path> files = Files.list(policy.resolve("versions"))) {
            List<Path> all = files.sorted().toList();
            return all.get(random.nextInt(all.size()));
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
