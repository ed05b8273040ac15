package org.plainpolicy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.TestFiles;

/**
 * The ids a free section may not have are those the pages really use: every id of a built page
 * that is not a section's own, and every free section id that would make it, is reserved.
 */
class SectionIdsTest {

    private static final String TITLE = "-title";
    private static final String REDLINE = "redline-";

    @Test
    void everyIdThePagesUseBesidesTheSectionsOwnIsReserved(@TempDir Path dir) throws Exception {
        Path policy = TestFiles.copy(Path.of("../sample-policy/policy"), dir.resolve("policy"));
        PlainPolicy.standard().build(policy, dir.resolve("site"), LocalDate.of(2019, 6, 1));
        List<String> unreserved = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> files = Files.walk(dir.resolve("site"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                pages++;
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                Set<String> sections = page.select("section.policy-section[id], section.redline-section[id]")
                        .stream().flatMap(s -> Stream.of(s.id(), s.id() + TITLE)).collect(Collectors.toSet());
                boolean changesPage = !page.select("section.redline-section").isEmpty();
                for (Element element : page.select("[id]")) {
                    if (sections.contains(element.id())) {
                        continue;
                    }
                    // A group's anchor (for-customers) is reserved by the version that names the group, not
                    // for every version: the case format-free-section-takes-a-group-anchor checks that rule.
                    if (element.id().startsWith(SectionIds.groupAnchor(""))
                            && element.parents().stream().anyMatch(p -> p.id().equals(SectionIds.WHOSE_DATA))) {
                        continue;
                    }
                    for (String section : freeSectionIdsThatWouldMake(element.id(), changesPage)) {
                        if (SectionIds.reservedBecause(section).isEmpty() && !SectionIds.STANDARD.contains(section)) {
                            unreserved.add(element.id() + " (made by a free section '" + section + "') in " + file);
                        }
                    }
                }
            }
        }
        assertTrue(pages > 5, "the sample has version pages and changes pages: " + pages);
        assertEquals(List.of(), unreserved);
    }

    /** The free section ids that would give a page {@code id}: its own, or its heading's with "-title". */
    private static List<String> freeSectionIdsThatWouldMake(String id, boolean changesPage) {
        if (changesPage && !id.startsWith(REDLINE)) {
            return List.of();
        }
        String section = changesPage ? id.substring(REDLINE.length()) : id;
        List<String> ids = new ArrayList<>(List.of(section));
        if (section.endsWith(TITLE) && section.length() > TITLE.length()) {
            ids.add(section.substring(0, section.length() - TITLE.length()));
        }
        return ids;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "main | an id the page already uses",
        "summary | an id the page already uses",
        "purpose-send-email | the form of the page's own anchors, starting with 'purpose-'",
        "right-access | the form of the page's own anchors, starting with 'right-'",
        "cookies-title | the form of the page's heading ids, ending in '-title'",
        "cookies | -",
        "main-menu | -",
        "purposes-of-cookies | -",
    })
    void reservedIdsSayWhyAndAnotherIsSuggested(String id, String why) {
        assertEquals(Optional.ofNullable(why), SectionIds.reservedBecause(id));
        assertEquals(Optional.empty(), SectionIds.reservedBecause(SectionIds.unreserved(id)));
    }
}
