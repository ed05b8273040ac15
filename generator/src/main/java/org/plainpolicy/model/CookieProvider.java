package org.plainpolicy.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who sets a cookie, as its {@code provider:} resolves: a controller (a first-party cookie), one of
 * the recipients, named by id or name, or a third party named only there, with its {@code country:}.
 *
 * @param controller which of the version's controllers it is, counted from 0, for a first-party cookie
 * @param countries  where the provider is: the recipient's countries, or the cookie's {@code country}
 */
public record CookieProvider(String name, Optional<Integer> controller, Optional<Recipient> recipient,
                             List<String> countries) {

    public CookieProvider {
        countries = List.copyOf(countries);
    }

    public static Optional<CookieProvider> of(PolicyVersion v, Cookie cookie) {
        return cookie.provider().map(provider -> {
            String folded = folded(provider);
            for (int i = 0; i < v.controllers().size(); i++) {
                Optional<String> name = v.controllers().get(i).contact().name();
                if (name.filter(n -> folded(n).equals(folded)).isPresent()) {
                    return new CookieProvider(name.get(), Optional.of(i), Optional.empty(), List.of());
                }
            }
            Optional<Recipient> recipient = v.recipients().stream().filter(r -> r.id().equals(provider)
                    || r.name().filter(name -> folded(name).equals(folded)).isPresent()).findFirst();
            return recipient.map(r -> new CookieProvider(r.name().orElse(r.id()), Optional.empty(), recipient,
                    r.countries())).orElseGet(() -> new CookieProvider(provider, Optional.empty(), Optional.empty(),
                    cookie.country().stream().toList()));
        });
    }

    public boolean firstParty() {
        return controller.isPresent();
    }

    /** A third party named only in the cookie: not among the recipients the policy discloses. */
    public boolean undisclosed() {
        return controller.isEmpty() && recipient.isEmpty();
    }

    /**
     * Who it is, in words no translation changes: the n-th controller, a recipient's id, or a third party's
     * countries; the names themselves may be written in another script.
     */
    public String identity() {
        return controller.map(i -> "controller " + (i + 1)).or(() -> recipient.map(r -> "recipient " + r.id()))
                .orElse("a third party in " + String.join(", ", countries));
    }

    // Legal names are matched as people type them: "Example B.V." and "example b.v." are one company.
    private static String folded(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
