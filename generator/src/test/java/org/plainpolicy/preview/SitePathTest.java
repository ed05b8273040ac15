package org.plainpolicy.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SitePathTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "REFUSED", value = {
        "/|index.html",
        "/versions/|versions/index.html",
        "/versions/2018-09-15/index.html|versions/2018-09-15/index.html",
        "/assets/style.css|assets/style.css",
        "/fr/|fr/index.html",
        "/caf%C3%A9.html|café.html",
        "/a+b.html|a+b.html",
        "/../etc/passwd|REFUSED",
        "/versions/../../etc/passwd|REFUSED",
        "/%2e%2e/etc/passwd|REFUSED",
        "/%2E%2E/%2E%2E/etc/passwd|REFUSED",
        "/.%2e/etc/passwd|REFUSED",
        "/versions%2f..%2f..%2fetc/passwd|REFUSED",
        "/..%5c..%5cwindows|REFUSED",
        "/versions\\..\\x|REFUSED",
        "/./index.html|REFUSED",
        "/index.html%00.css|REFUSED",
        "//etc/passwd|REFUSED",
        "/C:/Windows/win.ini|REFUSED",
        "/%zz|REFUSED",
        "/%|REFUSED",
        "relative|REFUSED",
    })
    void aPathIsAFileOfTheSiteOrRefused(String raw, String file) {
        assertEquals(Optional.ofNullable(file), SitePath.of(raw));
    }
}
