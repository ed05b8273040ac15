package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A Hamburg shop names the Hamburg authority: its address keeps its German lines and ends in the page's language. */
class AuthorityAddressTest {

    @TempDir
    static Path out;
    private static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(Path.of("src/test/resources/render/german-authority/policy"), out.resolve("s"),
                LocalDate.of(2019, 6, 1));
        assertEquals(0, site.result().check().errors(), site.result().check().findings()::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " | ", value = {
        "index.html | Ludwig-Erhard-Straße 22, 20459 Hamburg, Germany",
        "fr/index.html | Ludwig-Erhard-Straße 22, 20459 Hamburg, Allemagne",
    })
    void theAuthoritysAddressEndsWithItsCountryInThePagesLanguage(String page, String address) {
        Element authority = Jsoup.parse(site.read(page)).selectFirst("#complaint address");
        assertEquals("Hamburgischer Beauftragter für Datenschutz und Informationsfreiheit (HmbBfDI)",
                authority.selectFirst("strong").text());
        assertEquals(address, authority.textNodes().stream().map(t -> t.text().strip())
                .filter(t -> !t.isEmpty()).findFirst().orElseThrow());
    }
}
