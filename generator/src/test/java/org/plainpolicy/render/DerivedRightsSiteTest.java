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
}
