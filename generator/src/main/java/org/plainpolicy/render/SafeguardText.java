package org.plainpolicy.render;

import org.plainpolicy.model.Safeguard;
import org.plainpolicy.model.Transfer;

/** The theme's sentence for the safeguard of a transfer, as the page and the redline both say it. */
public final class SafeguardText {

    private SafeguardText() {
    }

    /**
     * {@code safeguard.<word>}; an adequacy decision for an international organisation, a transfer without
     * a country, has its own sentence, since the theme's one speaks of a country.
     */
    public static String of(Transfer t, Messages msg) {
        return t.safeguard().map(s -> msg.get("safeguard." + s.word()
                + (s == Safeguard.ADEQUACY_DECISION && t.country().isEmpty() ? ".organisation" : ""))).orElse("");
    }
}
