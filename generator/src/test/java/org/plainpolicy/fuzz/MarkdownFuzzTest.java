package org.plainpolicy.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.plainpolicy.load.MarkdownLimits;
import org.plainpolicy.render.Markdown;
import org.plainpolicy.validate.plain.PlainText;

/**
 * Whatever text a policy holds, its Markdown never becomes a script, an event handler, an image or a
 * dangerous link, and rendering it never fails; and a text the loader's Markdown limits accept can be
 * read by the plain-language checks too, whose reading of Markdown has no guard of its own.
 */
class MarkdownFuzzTest {

    private static final Markdown MARKDOWN = new Markdown();
    private static final Pattern SCRIPT = Pattern.compile("(?i)<\\s*(script|iframe|object|embed|style|img)");
    private static final Pattern HANDLER = Pattern.compile("(?i)<[a-z][^>]*\\son[a-z]+\\s*=");
    private static final Pattern URL = Pattern.compile("(?i)(href|src)=\"\\s*(javascript|vbscript|data|file):");
    private static final Pattern SCHEME_LESS = Pattern.compile("(?i)(href|src)=\"\\s*[/\\\\]{2}");

    @FuzzTest(maxDuration = "10s")
    void markdownIsAlwaysSafeHtml(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        for (String html : new String[] {MARKDOWN.block(text).html(), MARKDOWN.inline(text).html()}) {
            assertFalse(SCRIPT.matcher(html).find(), html);
            assertFalse(HANDLER.matcher(html).find(), html);
            assertFalse(URL.matcher(html).find(), html);
            assertFalse(SCHEME_LESS.matcher(html).find(), html);
        }
        if (MarkdownLimits.problems(text).isEmpty()) {
            PlainText.of(text);
        }
    }
}
