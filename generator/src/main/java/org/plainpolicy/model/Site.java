package org.plainpolicy.model;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Site-wide settings, from site.yaml. */
public record Site(
        Optional<String> name,
        Optional<URI> baseUrl,
        String defaultLanguage,
        List<String> languages,
        int noticeDays,
        PlainLanguageSettings plainLanguage,
        Paper paper,
        Origin origin) {

    public static final int DEFAULT_NOTICE_DAYS = 30;

    public Site {
        languages = List.copyOf(languages);
    }
}
