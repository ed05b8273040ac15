package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The weight of a change as people meet it: on the changes page, what needs notice comes first
 * under its own heading, then other changes, then wording; the notice e-mail, when the editor wrote
 * no summary, carries what needs notice alone, else the other changes, and never a wording-only line.
 */
class ChangeWeightSiteTest {

    private static final String PURPOSE = "New purpose: Ask your opinion.";
    private static final String DPO = "Our data protection officer is now protection@tinyco.example.";
    private static final String WORDING = "We changed the wording of how we protect your data.";

    @TempDir
    Path work;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("notice-other-and-wording", List.of("notice", "other", "wording"), List.of(PURPOSE)),
                Arguments.of("other-and-wording", List.of("other", "wording"), List.of(DPO)),
                Arguments.of("wording-only", List.of("wording"), List.of("This version changes nothing of substance.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theListIsGroupedByWeightAndTheNoticeCarriesNoWording(String name, List<String> groups, List<String> notice) {
        BuiltSite site = BuiltSite.ofDiffCase(name, work.resolve("site"));
        Document page = Jsoup.parse(site.read("changes/2024-03-01/index.html"));
        assertEquals(groups, page.select("ul.change-list").stream()
                .map(list -> list.className().replace("change-list change-list-", "")).toList());
        assertEquals(List.of(WORDING), page.select("ul.change-list-wording li").eachText());
        assertEquals(notice, Jsoup.parse(site.read("notices/2024-03-01.html")).select("li").eachText());
        String text = site.read("notices/2024-03-01.txt");
        assertEquals(notice, text.lines().filter(line -> line.startsWith("- ")).map(line -> line.substring(2)).toList());
    }
}
