package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SafeMarkupTest {

    @Test
    void scriptHandlersFramesAndCodeAddressesAreFound() {
        assertEquals(List.of("a <script> element", "a <iframe> element", "an event handler onerror on <img>",
                "a javascript: address in href on <a>", "a data: address in src on <img>"),
                SafeMarkup.problems("<script>x()</script><iframe src=https://evil.example></iframe>"
                        + "<img src=a.png onerror=x()><a href=' Java\tScript:x()'>a</a><img src='data:image/png,x'>"));
    }

    @Test
    void scriptInAStyleIsFoundOnlyInAStyle() {
        assertEquals(List.of("script in the style of <p>"),
                SafeMarkup.problems("<p style='background: url(javascript:x())'>a</p>"
                        + "<p title='url(javascript:x())'>the words of a title run nothing</p>"));
    }

    @Test
    void theThemesOwnMarkupIsSafe() {
        assertEquals(List.of(), SafeMarkup.problems("<a href='#main' class=skip>Skip</a><link rel=stylesheet "
                + "href=../assets/style.css><a href='mailto:privacy@tinyco.example'>write</a>"));
    }
}
