package org.plainpolicy.render;

import java.util.List;
import java.util.Optional;
import org.plainpolicy.model.RightId;

/**
 * What a version page shows, decided in Java so that templates hold only markup. Text from the
 * policy arrives as {@link Html} (rendered Markdown) or as plain strings that the engine escapes.
 */
public record VersionView(
        Header header,
        List<Summary> summary,
        List<Section> sections,
        Parties parties,
        Processing processing,
        YourRights yourRights,
        More more) {

    /** What the version is: its dates, status and title, and what its editor says of it. */
    public record Header(String id, String effective, String announced, String status, Html inEffect, String title,
                         Html intro, List<Html> changes, String changesHref, String pdfHref) {
    }

    /** Who is who: the controller, its representative, the DPO when one is appointed, the authority. */
    public record Parties(List<ControllerParty> controllers, Optional<Party> representative, Optional<Party> dpo,
                          List<Party> authorities) {
    }

    /** What is done with the data: its categories, the purposes, who receives it, where, decisions about people. */
    public record Processing(List<GroupItem> groups, List<DataCategory> personalData, List<PurposeItem> purposes,
                             List<RecipientItem> recipients, List<TransferItem> transfers,
                             List<DecisionItem> automatedDecisions, List<ProfilingItem> profiling,
                             String retentionText, String recipientsText, List<RetentionRow> purposeRetention,
                             List<CookieRow> cookies, String cookiesConsent) {
    }

    /** The rights, those set apart (Art. 21(4)) included, where to use them and how soon we answer. */
    public record YourRights(List<RightItem> rights, List<RightItem> setApart, Html rightsContact,
                             String responseTime) {
    }

    /** The rest: security, children, the glossary. */
    public record More(Html security, String minimumAge, List<Term> glossary) {
    }

    // The templates read the parts by these names, as they did before the view had parts.

    public String id() {
        return header.id();
    }

    public String effective() {
        return header.effective();
    }

    public String announced() {
        return header.announced();
    }

    public String status() {
        return header.status();
    }

    public Html inEffect() {
        return header.inEffect();
    }

    public String title() {
        return header.title();
    }

    public Html intro() {
        return header.intro();
    }

    public List<Html> changes() {
        return header.changes();
    }

    public String changesHref() {
        return header.changesHref();
    }

    /** The version's PDF, from the page; empty in the PDF itself. */
    public String pdfHref() {
        return header.pdfHref();
    }

    /** The same view, without the link to the PDF: what the PDF shows of itself. */
    VersionView withoutPdfLink() {
        return new VersionView(new Header(header.id(), header.effective(), header.announced(), header.status(),
                header.inEffect(), header.title(), header.intro(), header.changes(), header.changesHref(), ""),
                summary, sections, parties, processing, yourRights, more);
    }

    /** The organisations responsible for the data, each with whose controller it is when there are several. */
    public List<ControllerParty> controllers() {
        return parties.controllers();
    }

    public Optional<Party> representative() {
        return parties.representative();
    }

    public Optional<Party> dpo() {
        return parties.dpo();
    }

    /** The authorities people can complain to, the lead authority first. */
    public List<Party> authorities() {
        return parties.authorities();
    }

    /** The groups of people the version names, each with what concerns it; empty when it names none. */
    public List<GroupItem> groups() {
        return processing.groups();
    }

    /**
     * The summary's links to each group's part of the page, when there are several groups to choose
     * from (WP260 para. 8); none for one group or none.
     */
    public List<Link> summaryGroups() {
        return processing.groups().size() < 2 ? List.of() : processing.groups().stream()
                .map(g -> new Link("#" + g.anchor(), g.name())).toList();
    }

    public List<DataCategory> personalData() {
        return processing.personalData();
    }

    public List<PurposeItem> purposes() {
        return processing.purposes();
    }

    public List<RecipientItem> recipients() {
        return processing.recipients();
    }

    public List<TransferItem> transfers() {
        return processing.transfers();
    }

    public List<DecisionItem> automatedDecisions() {
        return processing.automatedDecisions();
    }

    /** What the recipients section says above its list: named companies only, or kinds of recipients too. */
    public String recipientsText() {
        return processing.recipientsText();
    }

    /** The purposes that set how long the data they use is kept. */
    public List<RetentionRow> purposeRetention() {
        return processing.purposeRetention();
    }

    public List<ProfilingItem> profiling() {
        return processing.profiling();
    }

    public List<CookieRow> cookies() {
        return processing.cookies();
    }

    /** Whether the cookies need consent, all, some or none: the sentence under the table. */
    public String cookiesConsent() {
        return processing.cookiesConsent();
    }

    /** What the retention section says above its table: a set time only when every category has one. */
    public String retentionText() {
        return processing.retentionText();
    }

    public List<RightItem> rights() {
        return yourRights.rights();
    }

    public List<RightItem> setApart() {
        return yourRights.setApart();
    }

    public Html rightsContact() {
        return yourRights.rightsContact();
    }

    public String responseTime() {
        return yourRights.responseTime();
    }

    public Html security() {
        return more.security();
    }

    public String minimumAge() {
        return more.minimumAge();
    }

    public List<Term> glossary() {
        return more.glossary();
    }

    /** The right to object, when the page sets it apart (templates written before direct marketing ask for it). */
    public Optional<RightItem> objection() {
        return yourRights.setApart().stream().filter(r -> r.id().equals(RightId.OBJECT.word())).findFirst();
    }

    /** A point of the first layer, linking to its detail. */
    public record Summary(String id, String heading, Html text) {
    }

    /** A section of the detail, in page order; {@code template} names its partial in {@code sections/}. */
    public record Section(String id, String title, String template, Html body) {
    }

    /** A controller: its contact details, and whose data it is responsible for ({@code for:}). */
    public record ControllerParty(Party party, Html forWhom) {
    }

    public record Party(String name, String address, String email, String phone, String website) {

        /** The target of a link that writes to {@link #email()}. */
        public String emailHref() {
            return Mailto.href(email);
        }
    }

    /** @param toldWhen for data not obtained from the person, when they are told of it (Art. 14(3)); else empty */
    public record DataCategory(String anchor, String name, Html description, String source, Html sourceDetails,
                               Html toldWhen, String required, Html consequences, String special, String retention,
                               Html retentionDetail, List<Link> dataSubjects) {
    }

    public record Link(String href, String text) {
    }

    public record PurposeItem(String anchor, String name, Html description, String legalBasis, String article,
                              Html legitimateInterests, Html law, List<Link> data, List<Link> recipients,
                              List<Link> dataSubjects) {
    }

    /** A group of people, with the purposes that use its data and the data held about it. */
    public record GroupItem(String anchor, String name, Html description, List<Link> purposes, List<Link> data) {
    }

    /** @param country the country's name, or the words for an international organisation */
    public record RecipientItem(String anchor, String name, String role, Html purpose, String country,
                                Html arrangement, Html contactPoint) {
    }

    /**
     * @param country the country's name, or the words for an international organisation
     * @param derogation under a derogation, the situation of Art. 49(1) it rests on; else empty
     * @param authorityInformed the sentence that the authority was told, when it was; else empty
     */
    public record TransferItem(String recipient, String recipientHref, String country, String safeguard,
                               String derogation, Html risks, Html law, Html interests, String authorityInformed,
                               Html details, String copy, String listing) {
    }

    /** @param legalTitle the right's name in the GDPR, where {@code title} says it in other words; else empty */
    public record RightItem(String id, String title, String legalTitle, String article, Html text) {
    }

    /** @param ground why the law allows it (Art. 22(2)); {@code law} the law, when that is the ground */
    public record DecisionItem(String anchor, String name, Html logic, Html significance, Html contest,
                               String ground, Html law, List<Link> data) {
    }

    /** How long a purpose keeps the data it uses, when the purpose sets it. */
    public record RetentionRow(String anchor, String name, String period, Html detail) {
    }

    /** Analysis without decisions of Art. 22: what it is and what it means for people, and no right to review. */
    public record ProfilingItem(String anchor, String name, Html logic, Html significance) {
    }

    /** One row of the table of cookies: who sets it, for what, for how long, and whether consent is asked. */
    public record CookieRow(String name, Html provider, Html purpose, String duration, String consent) {
    }

    public record Term(String term, Html definition) {
    }
}
