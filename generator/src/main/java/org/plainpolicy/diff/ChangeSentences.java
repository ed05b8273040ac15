package org.plainpolicy.diff;

import java.util.List;
import java.util.Locale;
import org.plainpolicy.model.Retention;
import org.plainpolicy.model.RetentionPeriod;
import org.plainpolicy.registry.CountryNames;
import org.plainpolicy.render.Messages;
import org.plainpolicy.validate.plain.PlainText;

/** Puts {@link Change}s into plain sentences in one language, with the theme's words. */
public final class ChangeSentences {

    private final Messages msg;
    private final Locale locale;
    private final Change.Words words = new Change.Words() {
        @Override
        public String term(String key) {
            return msg.get(key);
        }

        @Override
        public String country(String code) {
            return ChangeSentences.this.country(code);
        }

        @Override
        public String names(List<String> names) {
            return msg.join(names);
        }

        @Override
        public String retention(Retention retention) {
            return ChangeSentences.this.retention(retention);
        }

        @Override
        public String period(RetentionPeriod period) {
            return msg.period(period);
        }

        @Override
        public String phrase(String key, List<String> arguments) {
            return msg.format(key, arguments.toArray());
        }
    };

    public ChangeSentences(Messages msg) {
        this.msg = msg;
        this.locale = Locale.forLanguageTag(msg.language());
    }

    public String sentence(Change change) {
        Object[] arguments = change.arguments().stream().map(argument -> argument.in(words)).toArray();
        return msg.sentence(change.message(), arguments);
    }

    public List<String> sentences(ChangeList list) {
        return sentences(list.changes());
    }

    public List<String> sentences(List<Change> changes) {
        return changes.stream().map(this::sentence).toList();
    }

    /** A country's name as a sentence says it: "the United States", where the language puts an article. */
    private String country(String code) {
        if (code.isEmpty()) {
            return "";
        }
        String name = CountryNames.of(code, locale);
        boolean article = List.of(msg.get("country.article.codes").split(",")).contains(code);
        return article ? msg.get("country.article") + name : name;
    }

    private String retention(Retention r) {
        if (r.period().isEmpty()) {
            return flat(PlainText.of(r.criteria().orElse("")));
        }
        String period = msg.period(r.period().get());
        return r.after().map(after -> msg.format("retention.periodAfter", period, flat(after))).orElse(period);
    }

    /** Text on one line, without a closing full stop: it goes inside a sentence. */
    static String flat(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
