package org.plainpolicy.ropa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plainpolicy.model.AutomatedDecision;
import org.plainpolicy.model.Contact;
import org.plainpolicy.model.Controller;
import org.plainpolicy.model.DataSource;
import org.plainpolicy.model.PersonalData;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.model.Purpose;
import org.plainpolicy.model.Recipient;
import org.plainpolicy.model.RecipientRole;
import org.plainpolicy.model.Reference;
import org.plainpolicy.model.Retention;
import org.plainpolicy.model.Safeguard;
import org.plainpolicy.model.Transfer;
import org.plainpolicy.ropa.ProcessingRecord.Column;
import org.plainpolicy.ropa.ProcessingRecord.Entry;
import org.plainpolicy.registry.CountryNames;
import org.plainpolicy.render.ItemWords;
import org.plainpolicy.render.Messages;
import org.plainpolicy.validate.plain.PlainText;

/**
 * Makes the record of one version from its model, in the words of its language's messages: every
 * cell from what the page itself says, so that the record agrees with the published policy by
 * construction. Markdown becomes plain text; several items in a cell go one to a line.
 */
final class RecordBuilder {

    /** The columns in order: the key of their heading ({@code ropa.column.<key>}) and of their article. */
    private static final List<String> COLUMNS = List.of("activity", "purpose", "legalBasis", "controller",
            "jointControllers", "representative", "dpo", "dataSubjects", "personalData", "specialData", "source",
            "recipients", "transfers", "retention", "security", "automatedDecisions", "version");
    private static final Map<String, String> ARTICLES = Map.ofEntries(Map.entry("activity", "purpose"),
            Map.entry("purpose", "purpose"), Map.entry("legalBasis", "legalBasis"),
            Map.entry("controller", "controller"), Map.entry("jointControllers", "controller"),
            Map.entry("representative", "controller"), Map.entry("dpo", "controller"),
            Map.entry("dataSubjects", "dataSubjects"), Map.entry("personalData", "dataSubjects"),
            Map.entry("specialData", "specialData"), Map.entry("source", "source"),
            Map.entry("recipients", "recipients"), Map.entry("transfers", "transfers"),
            Map.entry("retention", "retention"), Map.entry("security", "security"),
            Map.entry("automatedDecisions", "automatedDecisions"));
    /** The columns that say who is responsible: the same in every row. */
    private static final List<String> ORGANISATION = List.of("controller", "representative", "dpo");
    private static final String LINES = "\n";

    private final PolicyVersion v;
    private final Messages msg;
    private final Locale locale;
    private final Map<String, PersonalData> data;
    private final Map<String, Recipient> recipients;
    /** The decisions that some purpose uses all the data of. */
    private final Set<AutomatedDecision> usedWhole;

    private RecordBuilder(PolicyVersion version, Messages msg) {
        this.v = version;
        this.msg = msg;
        this.locale = Locale.forLanguageTag(version.language());
        this.data = byId(version.personalData(), PersonalData::id);
        this.recipients = byId(version.recipients(), Recipient::id);
        this.usedWhole = version.automatedDecisions().stream().filter(d -> version.purposes().stream()
                .anyMatch(q -> ids(q.data()).containsAll(ids(d.data())))).collect(Collectors.toSet());
    }

    static ProcessingRecord of(PolicyVersion version, Messages msg) {
        return new RecordBuilder(version, msg).record();
    }

    private ProcessingRecord record() {
        List<Column> columns = COLUMNS.stream().map(key -> new Column(msg.get("ropa.column." + key),
                Optional.ofNullable(ARTICLES.get(key)).map(a -> msg.get("ropa.article." + a)).orElse(""),
                ORGANISATION.contains(key))).toList();
        String controllers = controllers();
        String representative = v.representative().map(this::contact).orElse(msg.get("ropa.none"));
        String dpo = v.dpo().filter(d -> d.isAppointed()).map(d -> contact(d.contact())).orElse(msg.get("ropa.dpo.none"));
        String security = v.security().map(RecordBuilder::plain).orElse("");
        List<List<String>> rows = new ArrayList<>();
        for (Purpose p : v.purposes()) {
            List<PersonalData> used = p.data().stream().map(Reference::id).map(data::get)
                    .filter(d -> d != null).toList();
            List<Recipient> receiving = p.recipients().stream().map(Reference::id).map(recipients::get)
                    .filter(r -> r != null).toList();
            rows.add(List.of(p.name().orElse(p.id()), p.description().map(RecordBuilder::plain).orElse(""), legalBasis(p),
                    controllers, jointControllers(receiving), representative, dpo, dataSubjects(p),
                    lines(used.stream().map(d -> item(name(d), d.description().map(RecordBuilder::plain))).toList()),
                    special(used), sources(used), recipients(receiving), transfers(receiving), retention(p, used),
                    security, decisions(p), v.id()));
        }
        List<Entry> organisation = List.of(new Entry(msg.get("ropa.column.controller"), controllers),
                new Entry(msg.get("ropa.column.representative"), representative),
                new Entry(msg.get("ropa.column.dpo"), dpo));
        String controllerNames = msg.join(v.controllers().stream().map(c -> c.contact().name().orElse("")).toList());
        return new ProcessingRecord(v.language(), msg.get("ropa.title"),
                msg.format("ropa.intro", controllerNames, msg.date(v.effective())), v.id(), organisation, columns,
                rows);
    }

    private String controllers() {
        return v.controllers().stream().map(this::controller).collect(Collectors.joining(LINES + LINES));
    }

    private String controller(Controller c) {
        return contact(c.contact()) + c.forWhom().map(f -> LINES + plain(f)).orElse("");
    }

    /** A party's name and every way to reach it, one to a line. */
    private String contact(Contact c) {
        List<String> lines = new ArrayList<>();
        c.name().ifPresent(lines::add);
        c.address().map(RecordBuilder::plain).ifPresent(lines::add);
        c.country().filter(country -> c.address().isEmpty()).map(country -> CountryNames.of(country, locale))
                .ifPresent(lines::add);
        c.email().ifPresent(lines::add);
        c.phone().ifPresent(lines::add);
        c.website().ifPresent(lines::add);
        return String.join(LINES, lines);
    }

    private String legalBasis(Purpose p) {
        List<String> lines = new ArrayList<>();
        p.legalBasis().ifPresent(b -> lines.add(msg.get("ropa.basis." + b.word()) + " ("
                + msg.get("basis." + b.word() + ".article") + ")"));
        p.legitimateInterests().ifPresent(i -> lines.add(msg.format("ropa.interests", plain(i))));
        p.law().ifPresent(l -> lines.add(msg.format("ropa.law", plain(l))));
        return String.join(LINES, lines);
    }

    private String jointControllers(List<Recipient> receiving) {
        return lines(receiving.stream().filter(r -> r.role().filter(RecipientRole.JOINT_CONTROLLER::equals).isPresent())
                .map(r -> String.join(LINES, nonEmpty(List.of(name(r), r.arrangement().map(RecordBuilder::plain).orElse(""),
                        r.contactPoint().orElse(""))))).toList());
    }

    private String dataSubjects(Purpose p) {
        return lines(v.dataSubjectsOf(p).stream().map(g -> item(g.displayName(), g.description().map(RecordBuilder::plain)))
                .toList());
    }

    private String special(List<PersonalData> used) {
        return lines(used.stream().filter(PersonalData::special).map(d -> d.specialCondition()
                .map(c -> msg.format("ropa.item", name(d), msg.get("ropa.condition." + c.word())))
                .orElse(name(d))).toList());
    }

    private String sources(List<PersonalData> used) {
        return lines(used.stream().filter(d -> d.source().isPresent()).map(d -> {
            DataSource source = d.source().get();
            String words = msg.get("ropa.source." + source.word())
                    + d.sourceDetails().filter(x -> source != DataSource.YOU).map(x -> " – " + plain(x))
                    .orElse("");
            return msg.format("ropa.item", name(d), words);
        }).toList());
    }

    private String recipients(List<Recipient> receiving) {
        return lines(receiving.stream().map(r -> {
            List<String> about = new ArrayList<>();
            r.role().ifPresent(role -> about.add(msg.get("ropa.role." + role.word())));
            String where = ItemWords.where(r, msg, locale);
            if (!where.isEmpty()) {
                about.add(where);
            }
            // Each language's own semicolon: a Greek reader would take ';' for a question mark.
            return about.isEmpty() ? name(r) : msg.format("ropa.recipient", name(r),
                    String.join(msg.get("list.semicolon"), about));
        }).toList());
    }

    /** The transfers to the recipients of the purpose, each with its safeguard and where to get a copy. */
    private String transfers(List<Recipient> receiving) {
        List<String> lines = new ArrayList<>();
        for (Transfer t : v.transfers()) {
            Optional<Recipient> to = t.recipient().map(Reference::id).map(recipients::get)
                    .filter(receiving::contains);
            if (to.isEmpty()) {
                continue;
            }
            String where = t.country().map(c -> CountryNames.of(c, locale))
                    .orElseGet(() -> ItemWords.where(to.get(), msg, locale));
            String safeguard = t.safeguard().map(s -> msg.get("safeguard.short." + s.word())
                    + (s == Safeguard.DEROGATION ? t.derogation().map(d -> ", " + msg.get("ropa.derogation."
                    + d.word())).orElse("") : "")).orElse("");
            String line = msg.format("ropa.transfer", name(to.get()), where, safeguard);
            line += t.copy().map(c -> ". " + msg.format("ropa.copy", c)).orElse("");
            lines.add(line);
        }
        return lines(lines);
    }

    /** The purpose's own rule when it sets one, else each data category's. */
    private String retention(Purpose p, List<PersonalData> used) {
        Optional<Retention> own = p.retention().filter(Retention::stated);
        if (own.isPresent()) {
            return rule(own.get());
        }
        return lines(used.stream().filter(d -> d.retention().filter(Retention::stated).isPresent())
                .map(d -> msg.format("ropa.item", name(d), rule(d.retention().get()))).toList());
    }

    private String rule(Retention r) {
        if (r.period().isPresent()) {
            String period = msg.period(r.period().get());
            return r.after().map(after -> msg.format("retention.periodAfter", period, plain(after)))
                    .orElse(period);
        }
        return r.criteria().map(RecordBuilder::plain).orElse("");
    }

    /**
     * The decisions by automated means alone made for the purpose. A decision names its data, not its
     * purpose, so it goes with the purposes that use all of its data; one that no purpose uses whole
     * goes with every purpose that uses some of it, so that no decision is left out of the record.
     */
    private String decisions(Purpose p) {
        return lines(v.automatedDecisions().stream().filter(d -> madeFor(d, p)).map(this::decision).toList());
    }

    private boolean madeFor(AutomatedDecision d, Purpose p) {
        List<String> needs = ids(d.data());
        if (needs.isEmpty()) {
            return false;
        }
        List<String> has = ids(p.data());
        return usedWhole.contains(d) ? has.containsAll(needs) : needs.stream().anyMatch(has::contains);
    }

    private static List<String> ids(List<Reference> references) {
        return references.stream().map(Reference::id).toList();
    }

    /** Markdown as plain text, a paragraph or list item to a line, as a cell shows it. */
    private static String plain(String markdown) {
        return String.join(LINES, PlainText.paragraphs(markdown));
    }

    private String decision(AutomatedDecision d) {
        String name = d.name().orElse(d.id());
        return d.logic().map(l -> msg.format("ropa.item", name, plain(l))).orElse(name);
    }

    private String item(String name, Optional<String> text) {
        return text.filter(t -> !t.isBlank()).map(t -> msg.format("ropa.item", name, t)).orElse(name);
    }

    private String lines(List<String> items) {
        return items.isEmpty() ? msg.get("ropa.none") : String.join(LINES, items);
    }

    private static List<String> nonEmpty(List<String> items) {
        return items.stream().filter(s -> !s.isEmpty()).toList();
    }

    private static String name(PersonalData d) {
        return d.name().orElse(d.id());
    }

    private static String name(Recipient r) {
        return r.name().orElse(r.id());
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
