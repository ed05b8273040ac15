package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A mailto: link holds one address and nothing more: what RFC 6068 does not allow as it is is percent-encoded. */
class MailtoTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " -> ", quoteCharacter = '`', value = {
        "privacy@postwise.example -> mailto:privacy@postwise.example",
        "a.b+c_d-e~f@x.fr -> mailto:a.b+c_d-e~f@x.fr",
        "privacy%40postwise.example?bcc=spy@evil.example"
                + " -> mailto:privacy%2540postwise.example%3Fbcc%3Dspy@evil.example",
        "a@b.example,spy@evil.example -> mailto:a@b.example%2Cspy@evil.example",
        "a@b.example&cc=spy@evil.example -> mailto:a@b.example%26cc%3Dspy@evil.example",
        "a@b.example#top -> mailto:a@b.example%23top",
        "a;b@c.example -> mailto:a%3Bb@c.example",
        "\"a b\"@c.example -> mailto:%22a%20b%22@c.example",
        "<a@b.example> -> mailto:%3Ca@b.example%3E",
        "a/b=c^d{e|f}g@h.example -> mailto:a%2Fb%3Dc%5Ed%7Be%7Cf%7Dg@h.example",
        "!$'*+@x.example -> mailto:!$'*+@x.example",
        "josé@café.example -> mailto:jos%C3%A9@caf%C3%A9.example",
        "a\tb\u0001@x.example -> mailto:a%09b%01@x.example",
    })
    void encodesWhatMayNotStandAsItIs(String address, String href) {
        assertEquals(href, Mailto.href(address));
    }
}
