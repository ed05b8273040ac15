package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rights a page shows follow from what the policy says, not only from its purposes' legal bases. */
class DerivedRightsSiteTest {

    private static final LocalDate TODAY = LocalDate.of(2019, 6, 1);

    @TempDir
    Path output;

    /**
     * Account details are special data kept under explicit consent (Art. 9(2)(a)) for a purpose
     * that rests on the contract: that consent can be withdrawn too (Art. 7(3), 13(2)(c)).
     */
    @Test
    void specialDataUnderExplicitConsentShowsTheRightToWithdrawIt() {
        BuiltSite site = BuiltSite.build(Path.of("src/test/resources/render/rights/explicit-consent/policy"),
                output.resolve("site"), TODAY);
        assertEquals(java.util.List.of(), site.result().check().findings());
        String page = site.read("index.html");
        assertTrue(page.contains("id=\"right-withdraw-consent\""), "the right to withdraw consent is listed");
    }

    /**
     * A purpose of direct marketing: the right to object to it is absolute (Art. 21(2), (3)), so
     * the page sets it apart, under its own anchor, and the summary shows it (Art. 21(4)).
     */
    @Test
    void directMarketingShowsTheUnconditionalRightToObjectApartAndInTheSummary() {
        BuiltSite site = BuiltSite.build(Path.of("src/test/resources/render/rights/direct-marketing/policy"),
                output.resolve("site"), TODAY);
        assertEquals(java.util.List.of(), site.result().check().findings());
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(site.read("index.html"));
        org.jsoup.nodes.Element right = page.getElementById("right-object-direct-marketing");
        assertTrue(right != null && right.hasClass("right-object"), "set apart, under its own anchor");
        assertTrue(right.text().contains("without giving a reason"), right.text());
        assertTrue(page.select(".summary-right-object-direct-marketing a[href=#right-object-direct-marketing]")
                .size() == 1, "in the summary, linking to it");
    }
}
