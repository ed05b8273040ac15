package org.plainpolicy.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plainpolicy.model.AuthorityRef;
import org.plainpolicy.model.Contact;
import org.plainpolicy.model.DerivedRights;
import org.plainpolicy.model.CookieProvider;
import org.plainpolicy.model.FreeSection;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.model.Recipient;
import org.plainpolicy.model.Reference;
import org.plainpolicy.model.Retention;
import org.plainpolicy.model.RightId;
import org.plainpolicy.model.SectionIds;
import org.plainpolicy.model.Transfer;
import org.plainpolicy.registry.CountryNames;
import org.plainpolicy.registry.Registry;
import org.plainpolicy.render.Messages;
import org.plainpolicy.render.ItemWords;
import org.plainpolicy.validate.plain.PlainText;

/**
 * The text of a version, section by section, as a reader sees it: the policy's own words with
 * Markdown taken out, and the theme's words for what the page derives (legal bases, rights).
 * It is what the redline compares.
 */
public final class SectionTexts {

    private final Registry registry;
    private final Messages msg;

    public SectionTexts(Registry registry, Messages msg) {
        this.registry = registry;
        this.msg = msg;
    }

    public List<SectionText> of(PolicyVersion v) {
        List<SectionText> sections = new ArrayList<>();
        sections.add(new SectionText("intro", msg.get("section.intro"), plain(v.intro())));
        Map<String, FreeSection> free = v.sections().stream().collect(Collectors.toMap(FreeSection::id, s -> s, (a, b) -> a));
        for (String id : SectionIds.pageOrder(v)) {
            if (free.containsKey(id)) {
                sections.add(new SectionText(id, free.get(id).title(), plain(free.get(id).body())));
            } else {
                sections.add(new SectionText(id, msg.get("section." + id), standard(id, v)));
            }
        }
        return sections;
    }

    private String standard(String id, PolicyVersion v) {
        return switch (id) {
            case "controller" -> join(each(v.controllers(), c -> join(contact(Optional.of(c.contact())),
                    plain(c.forWhom()))), contact(v.representative()));
            case "dpo" -> v.dpo().filter(d -> d.isAppointed()).map(d -> contact(Optional.of(d.contact())))
                    .orElse(msg.get("dpo.none"));
            case "purposes" -> each(v.purposes(), p -> join(p.name().orElse(p.id()), plain(p.description()),
                    p.legalBasis().map(b -> msg.get("basis." + b.word())).orElse(""), plain(p.legitimateInterests()),
                    plain(p.law())));
            case "personal-data" -> each(v.personalData(), d -> join(d.name().orElse(d.id()), plain(d.description()),
                    d.source().map(s -> msg.get("source." + s.word())).orElse("") + " " + plain(d.sourceDetails()),
                    plain(ItemWords.toldWhen(d, msg)),
                    d.required().map(r -> msg.get("required." + r.word())).orElse("") + " " + plain(d.consequences()),
                    d.specialCondition().map(c -> msg.get("special." + c.word())).orElse("")));
            // As the page's table: a category that leaves its retention to its purposes points to them.
            case "retention" -> join(each(v.personalData(), d -> d.name().orElse(d.id()) + ": " + d.retention()
                    .map(this::retention).orElseGet(() -> v.purposes().stream().anyMatch(p -> p.retention().isPresent())
                            ? msg.get("retention.byPurpose") : "")),
                    each(v.purposes().stream().filter(p -> p.retention().isPresent()).toList(),
                    p -> p.name().orElse(p.id()) + ": " + retention(p.retention().get())));
            case "recipients" -> each(v.recipients(), r -> join(r.name().orElse(r.id()), plain(r.purpose()),
                    r.role().map(role -> msg.get("role." + role.word()))
                            .orElse(r.category() ? msg.get("recipient.category") : ""),
                    ItemWords.where(r, msg, locale()), plain(r.arrangement()), r.contactPoint().orElse("")));
            case "transfers" -> each(v.transfers(), t -> join(recipientName(v, t.recipient()) + " – "
                    + t.country().map(this::country).orElseGet(() -> recipient(v, t).map(r -> ItemWords.where(r, msg, locale())).orElse("")),
                    ItemWords.safeguard(t, msg),
                    t.derogation().map(d -> msg.get("derogation." + d.word())).orElse(""), plain(t.risks()),
                    plain(t.law()), plain(t.interests()),
                    t.authorityInformed() ? msg.get("derogation.authorityInformed") : "", plain(t.details())));
            case "rights" -> rights(v);
            case "automated-decisions" -> join(v.automatedDecisions().isEmpty() ? msg.get(v.profiling().isEmpty()
                    ? "automated-decisions.none" : "automated-decisions.noneButProfiling")
                    : each(v.automatedDecisions(), d -> join(d.name().orElse(d.id()),
                    d.ground().map(g -> msg.get("decision.ground." + g.word())).orElse(""), plain(d.law()),
                    plain(d.logic()), plain(d.significance()), plain(d.contest()))),
                    each(v.profiling(), p -> join(p.name().orElse(p.id()), plain(p.logic()), plain(p.significance()))));
            case SectionIds.COOKIES -> each(v.cookies(), c -> join(c.key(), CookieProvider.of(v, c).map(p -> p.firstParty()
                            || p.countries().isEmpty() ? p.name() : msg.format("cookies.provider.where", p.name(),
                            msg.join(p.countries().stream().map(this::country).toList()))).orElse(""),
                    plain(c.purpose()), ItemWords.cookieDuration(c, msg), ItemWords.cookieConsent(c, msg)));
            case "complaint" -> authority(v);
            case "security" -> v.security().map(SectionTexts::plain).orElse(msg.get("security.none"));
            case "children" -> v.childrenMinimumAge().map(a -> msg.format("children.text", String.valueOf(a)))
                    .orElse(msg.get("children.none"));
            case "glossary" -> each(v.glossary(), g -> g.term() + ": " + plain(g.definition()));
            case "changes" -> each(v.changes(), SectionTexts::plain);
            default -> "";
        };
    }

    private String retention(Retention r) {
        return r.period().map(p -> r.after().map(a -> msg.format("retention.periodAfter", msg.period(p), a.strip()))
                .orElse(msg.period(p))).orElse(plain(r.criteria()));
    }

    private String rights(PolicyVersion v) {
        List<RightId> rights = new ArrayList<>(DerivedRights.setApart(v));
        rights.addAll(DerivedRights.of(v));
        String contact = v.rights().flatMap(r -> r.contact()).orElse("");
        return join(contact, each(rights, r -> join(msg.get("right." + r.word() + ".title"),
                plain(v.rights().map(x -> x.overrides().get(r)).or(() -> Optional.of(msg.get("right." + r.word()
                        + ".text")))))));
    }

    private String authority(PolicyVersion v) {
        Locale reader = Locale.forLanguageTag(msg.language());
        return each(v.supervisoryAuthorities(), a -> a instanceof AuthorityRef.Registered r
                ? registry.authority(r.id()).map(sa -> join(sa.nameFor(reader), sa.address().inLanguage(reader),
                        sa.website())).orElse(r.id())
                : contact(Optional.of(((AuthorityRef.Described) a).contact())));
    }

    /** A country as the page names it, in the reader's language: the redline compares what people read. */
    private static Optional<Recipient> recipient(PolicyVersion v, Transfer t) {
        String id = t.recipient().map(Reference::id).orElse("");
        return v.recipients().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private String country(String code) {
        return CountryNames.of(code, locale());
    }

    private Locale locale() {
        return Locale.forLanguageTag(msg.language());
    }

    private static String recipientName(PolicyVersion v, Optional<Reference> ref) {
        String id = ref.map(Reference::id).orElse("");
        return v.recipients().stream().filter(r -> r.id().equals(id)).findFirst().flatMap(Recipient::name).orElse(id);
    }

    private static String contact(Optional<Contact> contact) {
        return contact.map(c -> join(c.name().orElse(""), c.address().orElse(""), c.email().orElse(""),
                c.phone().orElse(""), c.website().orElse(""))).orElse("");
    }

    private static <T> String each(List<T> items, Function<T, String> text) {
        return join(items.stream().map(text).toArray(String[]::new));
    }

    /** Paragraphs, blank ones left out. */
    private static String join(String... paragraphs) {
        return java.util.Arrays.stream(paragraphs).map(String::strip).filter(p -> !p.isEmpty())
                .collect(Collectors.joining("\n\n"));
    }

    private static String plain(Optional<String> markdown) {
        return markdown.map(SectionTexts::plain).orElse("");
    }

    /** Markdown as the reader reads it, as the plain-language checks see it too. */
    public static String plain(String markdown) {
        return PlainText.of(markdown);
    }
}
