package org.plainpolicy.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who sets a cookie, as its {@code provider:} resolves: a controller (a first-party cookie), one of
 * the recipients, named by id or name, or a third party named only there, with its {@code country:}.
 *
 * @param countries where the provider is: the recipient's countries, or the cookie's {@code country}
 */
public record CookieProvider(String name, boolean firstParty, Optional<Recipient> recipient,
                             List<String> countries) {

    public CookieProvider {
        countries = List.copyOf(countries);
    }

    public static Optional<CookieProvider> of(PolicyVersion v, Cookie cookie) {
        return cookie.provider().map(provider -> {
            String folded = folded(provider);
            Optional<String> controller = v.controllers().stream().flatMap(c -> c.contact().name().stream())
                    .filter(name -> folded(name).equals(folded)).findFirst();
            if (controller.isPresent()) {
                return new CookieProvider(controller.get(), true, Optional.empty(), List.of());
            }
            Optional<Recipient> recipient = v.recipients().stream().filter(r -> r.id().equals(provider)
                    || r.name().filter(name -> folded(name).equals(folded)).isPresent()).findFirst();
            return recipient.map(r -> new CookieProvider(r.name().orElse(r.id()), false, recipient, r.countries()))
                    .orElseGet(() -> new CookieProvider(provider, false, Optional.empty(), cookie.country().stream()
                            .toList()));
        });
    }

    /** A third party named only in the cookie: not among the recipients the policy discloses. */
    public boolean undisclosed() {
        return !firstParty && recipient.isEmpty();
    }

    // Legal names are matched as people type them: "Example B.V." and "example b.v." are one company.
    private static String folded(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
