package org.plainpolicy.render;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plainpolicy.model.AuthorityRef;
import org.plainpolicy.model.AutomatedDecision;
import org.plainpolicy.model.Contact;
import org.plainpolicy.model.Cookie;
import org.plainpolicy.model.CookieProvider;
import org.plainpolicy.model.DerivedRights;
import org.plainpolicy.model.FreeSection;
import org.plainpolicy.model.LegalBasis;
import org.plainpolicy.model.DataSubject;
import org.plainpolicy.model.PersonalData;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.model.Purpose;
import org.plainpolicy.model.Recipient;
import org.plainpolicy.model.Reference;
import org.plainpolicy.model.Retention;
import org.plainpolicy.model.RetentionPeriod;
import org.plainpolicy.model.RightId;
import org.plainpolicy.model.Rights;
import org.plainpolicy.model.SectionIds;
import org.plainpolicy.model.Transfer;
import org.plainpolicy.registry.CountryNames;
import org.plainpolicy.registry.Registry;
import org.plainpolicy.registry.SupervisoryAuthority;
import org.plainpolicy.render.VersionView.CookieRow;
import org.plainpolicy.render.VersionView.DataCategory;
import org.plainpolicy.render.VersionView.DecisionItem;
import org.plainpolicy.render.VersionView.GroupItem;
import org.plainpolicy.render.VersionView.Link;
import org.plainpolicy.render.VersionView.Party;
import org.plainpolicy.render.VersionView.PurposeItem;
import org.plainpolicy.render.VersionView.RecipientItem;
import org.plainpolicy.render.VersionView.RightItem;
import org.plainpolicy.render.VersionView.Section;
import org.plainpolicy.render.VersionView.Summary;
import org.plainpolicy.render.VersionView.Term;
import org.plainpolicy.render.VersionView.TransferItem;

/** Builds the {@link VersionView} of one version file in its own language. */
final class VersionViews {

    private static final String MAILTO = "mailto:";
    /** The glossary terms the theme defines by default, as message keys. */
    private static final List<String> DEFAULT_TERMS = List.of("controller", "processor", "data-subject",
            "personal-data", "supervisory-authority");

    private final Registry registry;
    private final Markdown markdown;

    VersionViews(Registry registry, Markdown markdown) {
        this.registry = registry;
        this.markdown = markdown;
    }

    /**
     * @param replacedOn the day the version after it took effect, when {@code v} is no longer in effect
     * @param pdfHref    the version's PDF, as the page links it
     */
    VersionView build(PolicyVersion v, Messages msg, String status, Optional<LocalDate> replacedOn,
                      String changesHref, String pdfHref) {
        Locale locale = Locale.forLanguageTag(v.language());
        List<RightItem> rights = DerivedRights.of(v).stream().map(r -> right(v, msg, r)).toList();
        List<RightId> apart = DerivedRights.setApart(v);
        List<RightItem> setApart = apart.stream().map(r -> right(v, msg, r)).toList();
        List<PurposeItem> purposes = v.purposes().stream().map(p -> purpose(v, p, msg)).toList();
        List<DataCategory> data = v.personalData().stream().map(d -> dataCategory(v, d, msg)).toList();
        List<RecipientItem> recipients = v.recipients().stream().map(r -> recipient(r, msg, locale)).toList();
        VersionView.Header header = new VersionView.Header(v.id(), msg.date(v.effective()),
                v.announced().map(msg::date).orElse(""), status, inEffect(v.effective(), msg, status, replacedOn),
                v.title().orElse(msg.get("policy.title")), v.intro().map(markdown::block).orElse(Html.EMPTY),
                v.changes().stream().map(markdown::inline).toList(), changesHref, pdfHref);
        VersionView.Parties parties = new VersionView.Parties(v.controllers().stream().map(c -> new VersionView
                        .ControllerParty(party(c.contact()), c.forWhom().map(markdown::inline).orElse(Html.EMPTY))).toList(),
                v.representative().map(this::party), v.dpo().filter(d -> d.isAppointed()).map(d -> party(d.contact())),
                v.supervisoryAuthorities().stream().map(a -> authority(a, locale)).toList());
        VersionView.Processing processing = new VersionView.Processing(groups(v), data, purposes, recipients,
                v.transfers().stream().map(t -> transfer(v, t, msg, locale)).toList(),
                v.automatedDecisions().stream().map(d -> decision(v, d, msg)).toList(),
                v.profiling().stream().map(p -> new VersionView.ProfilingItem("profiling-" + p.id(),
                        p.name().orElse(p.id()), block(p.logic()), block(p.significance()))).toList(),
                msg.get("retention.text" + RetentionKinds.of(v).suffix()),
                msg.get(v.recipients().stream().anyMatch(Recipient::category) ? "recipients.text.categories"
                        : "recipients.text"),
                v.purposes().stream().filter(p -> p.retention().filter(Retention::stated).isPresent())
                        .map(p -> new VersionView.RetentionRow("purpose-" + p.id(), p.name().orElse(p.id()),
                                p.retention().flatMap(Retention::period).map(msg::period).orElse(""),
                                retentionDetail(p.retention().get()))).toList(),
                v.cookies().stream().map(c -> cookie(v, c, msg, locale)).toList(), cookiesConsent(v, msg));
        VersionView.YourRights yourRights = new VersionView.YourRights(rights, setApart,
                v.rights().flatMap(r -> r.contact()).map(VersionViews::contactLink).orElse(Html.EMPTY),
                msg.period(v.rights().map(r -> r.responseTime()).orElse(Rights.DEFAULT_RESPONSE_TIME)));
        VersionView.More more = new VersionView.More(block(v.security()),
                v.childrenMinimumAge().map(String::valueOf).orElse(""), glossary(v, msg, locale));
        return new VersionView(header, summary(v, msg, data, purposes, recipients, rights, apart), sections(v, msg),
                parties, processing, yourRights, more);
    }

    /** "In effect since", "Takes effect on" or "Was in effect from … to …", as the version's status has it. */
    private static Html inEffect(LocalDate effective, Messages msg, String status, Optional<LocalDate> replacedOn) {
        return replacedOn.map(end -> msg.markup("status.dates.past", time(effective, msg), time(end.minusDays(1), msg)))
                .orElseGet(() -> msg.markup("status.dates." + status, time(effective, msg)));
    }

    private static Html time(LocalDate date, Messages msg) {
        return new Html("<time datetime=\"" + date + "\">" + HtmlEscaper.escape(msg.date(date)) + "</time>");
    }

    private List<Summary> summary(PolicyVersion v, Messages msg, List<DataCategory> data, List<PurposeItem> purposes,
                                  List<RecipientItem> recipients, List<RightItem> rights, List<RightId> apart) {
        List<Summary> points = new ArrayList<>();
        List<String> controllers = v.controllers().stream().map(c -> c.contact().name().orElse("")).toList();
        points.add(point("controller", msg, controllers.size() > 1
                ? msg.sentence("summary.controller.several", msg.join(controllers))
                : msg.sentence("summary.controller.text", controllers.isEmpty() ? "" : controllers.get(0))));
        points.add(point("personal-data", msg, msg.sentence("summary.personal-data.text",
                msg.join(data.stream().map(DataCategory::name).toList()))));
        points.add(point("purposes", msg, msg.sentence("summary.purposes.text",
                msg.join(purposes.stream().map(PurposeItem::name).toList()))));
        points.add(point("recipients", msg, recipients.isEmpty() ? msg.get("summary.recipients.none")
                : msg.sentence("summary.recipients.text", msg.join(recipients.stream().map(RecipientItem::name).toList()))));
        points.add(point("retention", msg, retentionSummary(v, msg)));
        points.add(point("rights", msg, msg.sentence("summary.rights.text",
                msg.join(rights.stream().map(RightItem::title).toList()))));
        apart.forEach(r -> points.add(new Summary("right-" + r.word(),
                msg.get("right." + r.word() + ".title"), rightText(v, msg, r, markdown::inline))));
        return points;
    }

    /**
     * "We keep your data from 30 days to 10 years, depending on its type", from the periods the version
     * states; a set time is claimed only when every category has one, criteria are said to be criteria.
     */
    private static String retentionSummary(PolicyVersion v, Messages msg) {
        RetentionKinds kinds = RetentionKinds.of(v);
        if (kinds != RetentionKinds.PERIODS) {
            return msg.get("summary.retention" + kinds.suffix());
        }
        List<RetentionPeriod> periods = RetentionKinds.stated(v).stream().flatMap(r -> r.period().stream()).sorted(Comparator.comparingDouble(RetentionPeriod::approximateDays))
                .toList();
        String shortest = msg.period(periods.get(0));
        String longest = msg.period(periods.get(periods.size() - 1));
        return shortest.equals(longest) ? msg.sentence("summary.retention.one", shortest)
                : msg.sentence("summary.retention.range", shortest, longest);
    }

    /** Whether the categories of a version are kept for a set time, on criteria, or some of each. */
    private enum RetentionKinds {
        PERIODS(""), CRITERIA(".criteria"), MIXED(".mixed");

        private final String suffix;

        RetentionKinds(String suffix) {
            this.suffix = suffix;
        }

        String suffix() {
            return suffix;
        }

        static RetentionKinds of(PolicyVersion v) {
            List<Retention> stated = stated(v);
            long periods = stated.stream().filter(r -> r.period().isPresent()).count();
            return periods == stated.size() && periods > 0 ? PERIODS : periods == 0 ? CRITERIA : MIXED;
        }

        /** Every retention the version states: on its categories of data, and on its purposes. */
        static List<Retention> stated(PolicyVersion v) {
            List<Retention> stated = new ArrayList<>();
            v.personalData().forEach(d -> d.retention().filter(Retention::stated).ifPresent(stated::add));
            v.purposes().forEach(p -> p.retention().filter(Retention::stated).ifPresent(stated::add));
            return stated;
        }
    }

    private static Summary point(String id, Messages msg, String text) {
        return new Summary(id, msg.get("summary." + id + ".heading"), new Html(HtmlEscaper.escape(text)));
    }

    /** The sections in page order, each free section placed after the one it names. */
    private List<Section> sections(PolicyVersion v, Messages msg) {
        Map<String, FreeSection> free = v.sections().stream()
                .collect(Collectors.toMap(FreeSection::id, s -> s, (a, b) -> a));
        return SectionIds.pageOrder(v).stream().map(id -> free.containsKey(id)
                ? new Section(id, free.get(id).title(), "free", markdown.block(free.get(id).body()))
                : new Section(id, msg.get("section." + id), id, Html.EMPTY)).toList();
    }

    private RightItem right(PolicyVersion v, Messages msg, RightId right) {
        String title = msg.get("right." + right.word() + ".title");
        String legalTitle = msg.get("right." + right.word() + ".legalTitle");
        Html text = rightText(v, msg, right, markdown::block);
        if (right == RightId.ERASURE) {
            List<String> kept = v.purposes().stream().filter(p -> p.legalBasis()
                    .filter(LegalBasis::laidDownByLaw).isPresent())
                    .map(p -> p.name().orElse(p.id())).toList();
            if (!kept.isEmpty()) {
                text = new Html(text.html() + "<p>" + HtmlEscaper.escape(msg.sentence("right.erasure.limits",
                        msg.join(kept))) + "</p>");
            }
        }
        // A language whose plain title is already the GDPR's says it once.
        return new RightItem(right.word(), title, legalTitle.equalsIgnoreCase(title) ? "" : legalTitle,
                msg.get("right." + right.word() + ".article"), text);
    }

    /** The policy's own words for a right, or the theme's. */
    private static Html rightText(PolicyVersion v, Messages msg, RightId right, Function<String, Html> render) {
        return render.apply(v.rights().flatMap(r -> Optional.ofNullable(r.overrides().get(right)))
                .orElseGet(() -> msg.get("right." + right.word() + ".text")));
    }

    private PurposeItem purpose(PolicyVersion v, Purpose p, Messages msg) {
        Map<String, String> dataNames = dataNames(v);
        Map<String, String> recipientNames = v.recipients().stream().collect(Collectors.toMap(Recipient::id,
                r -> r.name().orElse(r.id()), (a, b) -> a));
        return new PurposeItem("purpose-" + p.id(), p.name().orElse(p.id()), block(p.description()),
                p.legalBasis().map(b -> msg.get("basis." + b.word())).orElse(""),
                p.legalBasis().map(b -> msg.get("basis." + b.word() + ".article")).orElse(""),
                block(p.legitimateInterests()), block(p.law()),
                links(p.data(), "#data-", dataNames), links(p.recipients(), "#recipient-", recipientNames),
                groupLinks(v.dataSubjectsOf(p)));
    }

    /** Each group, with links to the purposes that use its data and to the data held about it. */
    private List<GroupItem> groups(PolicyVersion v) {
        return v.dataSubjects().stream().map(g -> new GroupItem(SectionIds.groupAnchor(g.id()), g.displayName(),
                block(g.description()),
                v.purposes().stream().filter(p -> v.dataSubjectsOf(p).contains(g))
                        .map(p -> new Link("#purpose-" + p.id(), p.name().orElse(p.id()))).toList(),
                v.personalData().stream().filter(d -> v.dataSubjectsOf(d).contains(g))
                        .map(d -> new Link("#data-" + d.id(), d.name().orElse(d.id()))).toList())).toList();
    }

    private static List<Link> groupLinks(List<DataSubject> groups) {
        return groups.stream().map(g -> new Link("#" + SectionIds.groupAnchor(g.id()), g.displayName())).toList();
    }

    private DecisionItem decision(PolicyVersion v, AutomatedDecision d, Messages msg) {
        return new DecisionItem("decision-" + d.id(), d.name().orElse(d.id()), block(d.logic()),
                block(d.significance()), block(d.contest()),
                d.ground().map(g -> msg.get("decision.ground." + g.word())).orElse(""), block(d.law()),
                links(d.data(), "#data-", dataNames(v)));
    }

    private static Map<String, String> dataNames(PolicyVersion v) {
        return v.personalData().stream().collect(Collectors.toMap(PersonalData::id, d -> d.name().orElse(d.id()),
                (a, b) -> a));
    }

    private static List<Link> links(List<Reference> references, String prefix, Map<String, String> names) {
        return references.stream().map(r -> new Link(prefix + r.id(), names.getOrDefault(r.id(), r.id()))).toList();
    }

    private DataCategory dataCategory(PolicyVersion v, PersonalData d, Messages msg) {
        return new DataCategory("data-" + d.id(), d.name().orElse(d.id()), block(d.description()),
                d.source().map(s -> msg.get("source." + s.word())).orElse(""), block(d.sourceDetails()),
                block(ItemWords.toldWhen(d, msg)),
                d.required().map(r -> msg.get("required." + r.word())).orElse(""), block(d.consequences()),
                d.specialCondition().map(c -> msg.get("special." + c.word())).orElse(""),
                d.retention().flatMap(Retention::period).map(msg::period).orElse(""),
                d.retention().map(r -> retentionDetail(r)).orElse(Html.EMPTY), groupLinks(v.dataSubjectsOf(d)));
    }

    private Html retentionDetail(Retention r) {
        return r.period().isPresent() ? r.after().map(markdown::inline).orElse(Html.EMPTY)
                : r.criteria().map(markdown::inline).orElse(Html.EMPTY);
    }

    private RecipientItem recipient(Recipient r, Messages msg, Locale locale) {
        return new RecipientItem("recipient-" + r.id(), r.name().orElse(r.id()),
                // A kind of recipient may have no single role: the page says what it is instead.
                r.role().map(role -> msg.get("role." + role.word()))
                        .orElse(r.category() ? msg.get("recipient.category") : ""), block(r.purpose()),
                ItemWords.where(r, msg, locale), block(r.arrangement()),
                r.contactPoint().map(VersionViews::contactLink).orElse(Html.EMPTY));
    }

    private CookieRow cookie(PolicyVersion v, Cookie c, Messages msg, Locale locale) {
        Html provider = CookieProvider.of(v, c).map(p -> {
            Html name = p.recipient().map(r -> new Html("<a href=\"#recipient-" + HtmlEscaper.escape(r.id()) + "\">"
                    + HtmlEscaper.escape(p.name()) + "</a>")).orElseGet(() -> new Html(HtmlEscaper.escape(p.name())));
            return p.firstParty() || p.countries().isEmpty() ? name : msg.markup("cookies.provider.where", name,
                    msg.join(p.countries().stream().map(country -> country(country, locale)).toList()));
        }).orElse(Html.EMPTY);
        return new CookieRow(c.name().orElse(""), provider, c.purpose().map(markdown::inline).orElse(Html.EMPTY),
                ItemWords.cookieDuration(c, msg), ItemWords.cookieConsent(c, msg));
    }

    /** Said under the table: what the consent column means for these cookies, none claimed that is not there. */
    private static String cookiesConsent(PolicyVersion v, Messages msg) {
        long asking = v.cookies().stream().filter(Cookie::consent).count();
        return v.cookies().isEmpty() ? "" : msg.get(asking == 0 ? "cookies.text.necessary"
                : asking == v.cookies().size() ? "cookies.text.consent" : "cookies.text.mixed");
    }

    private TransferItem transfer(PolicyVersion v, Transfer t, Messages msg, Locale locale) {
        String id = t.recipient().map(Reference::id).orElse("");
        Optional<Recipient> recipient = v.recipients().stream().filter(r -> r.id().equals(id)).findFirst();
        String name = recipient.flatMap(Recipient::name).orElse(id);
        String where = t.country().map(c -> country(c, locale)).orElseGet(() -> recipient
                .map(r -> ItemWords.where(r, msg, locale)).orElse(""));
        return new TransferItem(name, "#recipient-" + id, where,
                ItemWords.safeguard(t, msg),
                t.derogation().map(d -> msg.get("derogation." + d.word())).orElse(""), block(t.risks()),
                block(t.law()), block(t.interests()),
                t.authorityInformed() ? msg.get("derogation.authorityInformed") : "", block(t.details()),
                t.copy().map(VersionViews::linkHref).orElse(""), t.listing().map(VersionViews::linkHref).orElse(""));
    }

    static String country(String code, Locale locale) {
        return CountryNames.of(code, locale);
    }

    private Party authority(AuthorityRef ref, Locale locale) {
        if (ref instanceof AuthorityRef.Registered registered) {
            return registry.authority(registered.id()).map(a -> party(a, locale)).orElse(emptyParty());
        }
        return party(((AuthorityRef.Described) ref).contact());
    }

    /** An authority as a page in {@code locale}'s language shows it: its address ends in that language's name of its country. */
    private static Party party(SupervisoryAuthority a, Locale locale) {
        return new Party(a.nameFor(locale), a.address().inLanguage(locale), a.email().orElse(""), "", a.website());
    }

    private Party party(Contact c) {
        return new Party(c.name().orElse(""), c.address().orElse(""), c.email().orElse(""), c.phone().orElse(""),
                c.website().orElse(""));
    }

    private static Party emptyParty() {
        return new Party("", "", "", "", "");
    }

    private List<Term> glossary(PolicyVersion v, Messages msg, Locale locale) {
        Map<String, Term> terms = new LinkedHashMap<>();
        for (String key : DEFAULT_TERMS) {
            String term = msg.get("glossary." + key + ".term");
            terms.put(term.toLowerCase(locale), new Term(term, markdown.block(msg.get("glossary." + key + ".definition"))));
        }
        v.glossary().forEach(e -> terms.put(e.term().toLowerCase(locale), new Term(e.term(), markdown.block(e.definition()))));
        Collator collator = Collator.getInstance(locale);
        return terms.values().stream().sorted(Comparator.comparing(Term::term, collator)).toList();
    }

    private Html block(Optional<String> markdownText) {
        return markdownText.map(markdown::block).orElse(Html.EMPTY);
    }

    /** A link's target, https or mailto, with its address encoded. */
    private static String linkHref(String link) {
        return link.startsWith(MAILTO) ? Mailto.href(link.substring(MAILTO.length())) : link;
    }

    /** An e-mail address or web address as a link. */
    static Html contactLink(String contact) {
        String href = contact.contains("@") && !contact.startsWith("http") ? Mailto.href(contact) : contact;
        return new Html("<a href=\"" + HtmlEscaper.escape(href) + "\">" + HtmlEscaper.escape(contact) + "</a>");
    }
}
