package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the page says of a transfer under each kind of ground (an international organisation's adequacy
 * decision, an Art. 49 derogation, an Art. 46(3) arrangement), of a joint controller, of an automated
 * decision a law authorises, and of data not obtained from the person.
 */
class TransfersSiteTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 10, 1);

    @TempDir
    static Path output;
    private static BuiltSite site;
    private static Document page;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(Path.of("src/test/resources/render/transfers/policy"), output.resolve("site"), TODAY);
        page = Jsoup.parse(site.read("index.html"));
    }

    @Test
    void thePolicyIsValid() {
        assertEquals(List.of(), site.result().check().findings());
    }

    @Test
    void anInternationalOrganisationIsNamedAsSuchWhereACountryWouldBe() {
        Element recipient = page.getElementById("recipient-epo");
        assertTrue(recipient.text().contains("An international organisation, outside the European Economic Area"),
                recipient.text());
        String transfers = page.getElementById("transfers").parent().text();
        assertTrue(transfers.contains("European Patent Organisation – An international organisation"), transfers);
        assertTrue(transfers.contains("The EU has decided that this international organisation protects data"),
                transfers);
    }

    @Test
    void aDerogationSaysWhichSituationOfArticle49AndTheRisksPeopleWereToldOf() {
        String transfers = page.getElementById("transfers").parent().text();
        assertTrue(transfers.contains("No adequacy decision and no appropriate safeguard protects this transfer"),
                transfers);
        assertTrue(transfers.contains("You explicitly agreed to this transfer, after we told you its risks."),
                transfers);
        assertTrue(transfers.contains("The risks for you US authorities may be able to read your emails"), transfers);
    }

    /** Consent to a transfer (Art. 49(1)(a)) can be withdrawn like any other (Art. 7(3)). */
    @Test
    void explicitConsentToATransferCanBeWithdrawn() {
        assertTrue(page.getElementById("right-withdraw-consent") != null, "the right to withdraw consent is listed");
    }

    @Test
    void anArrangementBetweenPublicBodiesIsNamedWithItsCopy() {
        String transfers = page.getElementById("transfers").parent().text();
        assertTrue(transfers.contains("An arrangement between public bodies, approved by a supervisory authority"),
                transfers);
        assertEquals(1, page.select("a[href=https://tinyco.example/arrangement.pdf]").size());
    }

    @Test
    void aJointControllerGivesTheContactPointAsALink() {
        Element recipient = page.getElementById("recipient-partner");
        assertEquals(1, recipient.select("a[href=mailto:fairs@tinyco.example]").size(), recipient.html());
        assertTrue(recipient.text().contains("Where to reach both of us"), recipient.text());
    }

    @Test
    void anAutomatedDecisionSaysWhyTheLawAllowsItAndWhichDataItUses() {
        Element decision = page.getElementById("decision-fee-check");
        assertTrue(decision.text().contains("Why the law allows it A law allows it, and sets measures to protect "
                + "your rights: The Patent Fees Act 2020"), decision.text());
        assertEquals(1, decision.select("a[href=#data-account]").size(), decision.html());
    }

    @Test
    void dataFromOthersSaysWhenPeopleAreToldInThePolicysWordsOrTheLaws() {
        Element usage = page.getElementById("data-usage");
        assertTrue(usage.text().contains("When we tell you We tell you in the app the first time"), usage.text());
        Document before = Jsoup.parse(site.read("versions/2025-06-01/index.html"));
        String earlier = before.getElementById("data-usage").text();
        assertTrue(earlier.contains("within one month at the latest"), earlier);
    }

    @Test
    void theChangeListNamesTheNewInternationalOrganisationWithoutACountry() {
        String changes = Jsoup.parse(site.read("changes/2025-09-01/index.html")).text();
        assertTrue(changes.contains("We now share data with European Patent Organisation, an international "
                + "organisation."), changes);
        assertTrue(changes.contains("We now send data to European Patent Organisation, an international "
                + "organisation outside the EEA, under an EU adequacy decision."), changes);
    }
}
