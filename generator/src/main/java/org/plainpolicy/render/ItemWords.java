package org.plainpolicy.render;

import java.util.Locale;
import java.util.Optional;
import org.plainpolicy.model.Cookie;
import org.plainpolicy.model.DataSource;
import org.plainpolicy.model.PersonalData;
import org.plainpolicy.model.Recipient;
import org.plainpolicy.model.Safeguard;
import org.plainpolicy.model.Transfer;
import org.plainpolicy.registry.CountryNames;

/** What the theme says of an item of a version, as the page and the redline both say it. */
public final class ItemWords {

    private ItemWords() {
    }

    /**
     * The sentence for the safeguard of a transfer, {@code safeguard.<word>}; an adequacy decision for an
     * international organisation, a transfer without a country, has its own, since the theme's one speaks
     * of a country.
     */
    public static String safeguard(Transfer t, Messages msg) {
        return t.safeguard().map(s -> msg.get("safeguard." + s.word()
                + (s == Safeguard.ADEQUACY_DECISION && t.country().isEmpty() ? ".organisation" : ""))).orElse("");
    }

    /** How long a cookie stays on the device: its period, or until the browser closes; empty when not said. */
    public static String cookieDuration(Cookie c, Messages msg) {
        return c.duration().map(d -> d.period().map(msg::period).orElseGet(() -> msg.get("cookies.duration.session")))
                .orElse("");
    }

    /** Whether people are asked before a cookie is set, or it is set because the service needs it. */
    public static String cookieConsent(Cookie c, Messages msg) {
        return msg.get(c.consent() ? "cookies.consent.asked" : "cookies.consent.necessary");
    }

    /** Where a recipient handles the data: its country's name, or that it is an international organisation. */
    public static String where(Recipient r, Messages msg, Locale locale) {
        if (!r.countries().isEmpty()) {
            return msg.join(r.countries().stream().map(c -> CountryNames.of(c, locale)).toList());
        }
        return r.internationalOrganisation().map(o -> msg.get("recipient.internationalOrganisation")).orElse("");
    }

    /**
     * For data not obtained from the person, when they are told of it (Art. 14(3)), as Markdown: the
     * policy's words, or the theme's statement of the law; empty for data that comes from the person.
     */
    public static Optional<String> toldWhen(PersonalData d, Messages msg) {
        return d.source().filter(s -> s != DataSource.YOU)
                .map(s -> d.toldWhen().orElseGet(() -> msg.get("data.toldWhen")));
    }
}
