package org.plainpolicy.validate.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plainpolicy.model.Origin;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.model.Position;
import org.plainpolicy.model.RightId;

/** Every Markdown field of a version (spec section 2's "md"), in file order within each section. */
final class ProseFields {

    /** The top-level key each section's text comes from. */
    private static final Map<String, String> SECTION_KEYS = Map.ofEntries(Map.entry("intro", "intro"),
            Map.entry("changes", "changes"), Map.entry("whose-data", "dataSubjects"), Map.entry("purposes", "purposes"),
            Map.entry("personal-data", "personalData"), Map.entry("retention", "personalData"),
            Map.entry("recipients", "recipients"), Map.entry("transfers", "transfers"),
            Map.entry("automated-decisions", "automatedDecisions"), Map.entry("rights", "rights"),
            Map.entry("security", "security"), Map.entry("glossary", "glossary"), Map.entry("cookies", "cookies"));

    private final PolicyVersion version;
    private final List<ProseField> fields = new ArrayList<>();

    private ProseFields(PolicyVersion version) {
        this.version = version;
    }

    static List<ProseField> of(PolicyVersion v) {
        ProseFields f = new ProseFields(v);
        f.add("intro", "the introduction", v.intro(), v.origin(), "intro", false);
        f.add("changes", "the reason the notice was waived", v.noticeWaived(), v.origin(), "noticeWaived", false);
        for (int i = 0; i < v.changes().size(); i++) {
            f.add("changes", "item " + (i + 1) + " of `changes`", Optional.of(v.changes().get(i)), v.origin(),
                    "changes#" + i, false);
        }
        for (var g : v.dataSubjects()) {
            f.add("whose-data", "the description of the group of people '" + g.id() + "'", g.description(),
                    g.origin(), "description", false);
        }
        for (var p : v.purposes()) {
            String of = " of purpose '" + p.id() + "'";
            f.add("purposes", "the description" + of, p.description(), p.origin(), "description", true);
            f.add("purposes", "the legitimate interests" + of, p.legitimateInterests(), p.origin(),
                    "legitimateInterests", true);
            f.add("purposes", "the law" + of, p.law(), p.origin(), "law", false);
        }
        for (var d : v.personalData()) {
            String of = " of data '" + d.id() + "'";
            f.add("personal-data", "the description" + of, d.description(), d.origin(), "description", true);
            f.add("personal-data", "the source details" + of, d.sourceDetails(), d.origin(), "sourceDetails", false);
            f.add("personal-data", "when people are told" + of, d.toldWhen(), d.origin(), "toldWhen", false);
            f.add("personal-data", "the consequences" + of, d.consequences(), d.origin(), "consequences", false);
            d.retention().ifPresent(r -> f.add("retention", "the retention criteria" + of, r.criteria(), r.origin(),
                    "criteria", true));
        }
        for (var r : v.recipients()) {
            String of = " of recipient '" + r.id() + "'";
            f.add("recipients", "the purpose" + of, r.purpose(), r.origin(), "purpose", true);
            f.add("recipients", "the arrangement" + of, r.arrangement(), r.origin(), "arrangement", false);
        }
        for (var t : v.transfers()) {
            f.add("transfers", "the details of a transfer", t.details(), t.origin(), "details", false);
            f.add("transfers", "the risks of a transfer", t.risks(), t.origin(), "risks", false);
            f.add("transfers", "the law of a transfer", t.law(), t.origin(), "law", false);
            f.add("transfers", "the interests of a transfer", t.interests(), t.origin(), "interests", true);
        }
        for (var d : v.automatedDecisions()) {
            String of = " of automated decision '" + d.id() + "'";
            f.add("automated-decisions", "the logic" + of, d.logic(), d.origin(), "logic", true);
            f.add("automated-decisions", "the significance" + of, d.significance(), d.origin(), "significance", true);
            f.add("automated-decisions", "how to contest" + of, d.contest(), d.origin(), "contest", false);
            f.add("automated-decisions", "the law" + of, d.law(), d.origin(), "law", false);
        }
        for (var p : v.profiling()) {
            String of = " of profiling '" + p.id() + "'";
            f.add("automated-decisions", "the logic" + of, p.logic(), p.origin(), "logic", true);
            f.add("automated-decisions", "the significance" + of, p.significance(), p.origin(), "significance", true);
        }
        for (var c : v.cookies()) {
            f.add("cookies", "the purpose of cookie '" + c.key() + "'", c.purpose(), c.origin(), "purpose", false);
        }
        v.rights().ifPresent(r -> {
            for (RightId right : RightId.values()) {
                f.add("rights", "the words for the right '" + right.word() + "'",
                        Optional.ofNullable(r.overrides().get(right)), r.overridesOrigin(), right.word(), false);
            }
        });
        f.add("security", "the security section", v.security(), v.origin(), "security", false);
        for (var g : v.glossary()) {
            f.add("glossary", "the definition of '" + g.term() + "'", Optional.of(g.definition()), g.origin(),
                    "definition", false);
        }
        for (var s : v.sections()) {
            f.fields.add(new ProseField(s.id(), Optional.of(s.title()), "section '" + s.id() + "'", s.body(),
                    s.origin(), "body", false, v.origin().of("sections")));
        }
        return List.copyOf(f.fields);
    }

    private void add(String section, String label, Optional<String> text, Origin origin, String key,
                     boolean describesUse) {
        Position sectionAt = version.origin().of(SECTION_KEYS.get(section));
        text.ifPresent(t -> fields.add(new ProseField(section, Optional.empty(), label, t, origin, key, describesUse,
                sectionAt)));
    }
}
