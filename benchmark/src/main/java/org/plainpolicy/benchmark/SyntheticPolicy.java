package org.plainpolicy.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A synthetic policy project shaped like a real one: about 3,000 words a version, a dozen purposes,
 * data categories and recipients, and small edits from one version to the next: a sentence added
 * to one purpose and to one data category, another sentence in the cookies section, a recipient
 * moved to another country, and every 50 versions new retention periods. The same seed gives the
 * same project.
 */
final class SyntheticPolicy {

    static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final List<String> LANGUAGES = List.of("en", "fr", "de", "es");
    private static final String[] WORDS = ("we keep your data safe and use it only to run the service you asked for "
            + "our team reads your messages to help you and we delete them when you close your account each "
            + "record shows the time the page and the device so we can fix faults and stop attacks on our servers "
            + "you can ask us to see change or delete your details at any time by writing to our office").split(" ");
    private static final int ITEMS = 12;

    private SyntheticPolicy() {
    }

    /** Writes a project of {@code versions} versions in {@code languages} languages under {@code directory}. */
    static Path write(Path directory, int versions, int languages) throws IOException {
        Files.createDirectories(directory.resolve("versions"));
        List<String> langs = LANGUAGES.subList(0, languages);
        Files.writeString(directory.resolve("site.yaml"), "name: Synthetic\nbaseUrl: https://synthetic.example/privacy/\n"
                + "defaultLanguage: en\nlanguages: [" + String.join(", ", langs) + "]\nnoticeDays: 30\n");
        for (int i = 0; i < versions; i++) {
            for (String lang : langs) {
                Files.writeString(directory.resolve("versions/" + date(i) + "." + lang + ".yaml"), version(i),
                        StandardCharsets.UTF_8);
            }
        }
        return directory;
    }

    static LocalDate date(int index) {
        return FIRST.plusDays(7L * index);
    }

    /** Version {@code index}: the same text as the one before, but for a sentence, a period or a recipient. */
    static String version(int index) {
        StringBuilder y = new StringBuilder();
        y.append("announced: ").append(date(index).minusDays(35)).append('\n');
        y.append("intro: |\n").append(paragraphs(1, 300, 4)).append("changes:\n  - ").append(sentence(new Random(index), 12))
                .append('\n');
        y.append("controller:\n  name: Synthetic SAS\n  address: 1 rue Test, 75001 Paris, France\n  country: FR\n"
                + "  email: privacy@synthetic.example\n");
        y.append("dpo:\n  appointed: true\n  email: dpo@synthetic.example\n");
        y.append("supervisoryAuthority: cnil\n");
        y.append("personalData:\n");
        for (int d = 0; d < ITEMS; d++) {
            int years = 1 + (d + index / 50) % 5;
            y.append("  - id: data-").append(d).append("\n    name: Data group ").append(d)
                    .append("\n    description: |\n").append(paragraphs(100 + d * 7, 60, 6))
                    .append(d == index % ITEMS ? edit(index, 6) : "")
                    .append("    source: you\n    required: optional\n    retention:\n      period: ").append(years)
                    .append(years == 1 ? " year" : " years").append("\n      after: you close your account\n");
        }
        y.append("purposes:\n");
        for (int p = 0; p < ITEMS; p++) {
            y.append("  - id: purpose-").append(p).append("\n    name: Run part ").append(p).append(" of the service")
                    .append("\n    description: |\n").append(paragraphs(200 + p * 11, 80, 6))
                    .append(p == index % ITEMS ? edit(index, 6) : "")
                    .append("    data: [data-").append(p).append(", data-").append((p + 1) % ITEMS).append("]\n")
                    .append("    legalBasis: contract\n    recipients: [recipient-").append(p).append("]\n");
        }
        y.append("recipients:\n");
        for (int r = 0; r < ITEMS; r++) {
            y.append("  - id: recipient-").append(r).append("\n    name: Partner ").append(r)
                    .append(" SAS\n    role: processor\n    purpose: |\n").append(paragraphs(300 + r, 30, 6))
                    .append("    country: ").append(r == index % ITEMS ? "DE" : "FR").append('\n');
        }
        y.append("automatedDecisions: []\n");
        y.append("rights:\n  contact: privacy@synthetic.example\n");
        y.append("security: |\n").append(paragraphs(400, 200, 2));
        y.append("sections:\n  - id: cookies\n    title: Cookies\n    after: purposes\n    body: |\n")
                .append(paragraphs(500, 300, 6)).append(edit(index % 3, 6));
        return y.toString();
    }

    private static String paragraphs(int seed, int words, int indent) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        int written = 0;
        while (written < words) {
            int length = 8 + random.nextInt(10);
            text.append(" ".repeat(indent)).append(sentence(random, length)).append('\n');
            written += length;
        }
        return text.toString();
    }

    /** A small edit: one sentence that differs from one version to the next, on its own line of a paragraph. */
    private static String edit(int seed, int indent) {
        return " ".repeat(indent) + sentence(new Random(seed * 31L + 7), 12) + "\n";
    }

    private static String sentence(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            s.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return s.append('.').toString();
    }
}
