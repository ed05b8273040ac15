package org.plainpolicy.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.Preview;

/**
 * The live preview as an editor uses it, warm: the page of a version open, then the version's file
 * saved with one more word, again and again. Each figure runs from the save to the preview serving
 * the page with that word on it, which is what a browser then fetches (its own fetch, parse and
 * layout come on top: about 70 ms on this project's machine, see the README).
 */
final class PreviewEdits {

    private static final int WARM_UP = 5;

    private PreviewEdits() {
    }

    /**
     * @param file  the version file to edit, which holds {@code words}
     * @param page  the site path of the page that shows them
     * @return the time of each counted edit, in milliseconds, sorted
     */
    static List<Long> measure(Path policy, LocalDate today, Path file, String words, String page, int edits)
            throws Exception {
        String original = Files.readString(file, StandardCharsets.UTF_8);
        if (!original.contains(words)) {
            throw new IllegalStateException(file + " does not hold '" + words + "'");
        }
        BlockingQueue<Preview.Rebuild> rebuilt = new LinkedBlockingQueue<>();
        HttpClient http = HttpClient.newHttpClient();
        List<Long> times = new ArrayList<>();
        try (Preview preview = PlainPolicy.standard().serve(policy, 0, today, rebuilt::add)) {
            URI address = URI.create(preview.address() + page);
            get(http, address);
            for (int i = 0; i < WARM_UP + edits; i++) {
                String marker = words + " Edit" + i;
                long start = System.nanoTime();
                Files.writeString(file, original.replace(words, marker), StandardCharsets.UTF_8);
                while (!get(http, address).contains(marker)) {
                    if (rebuilt.poll(10, TimeUnit.SECONDS) == null) {
                        throw new IllegalStateException("the preview did not show edit " + i + " of " + file);
                    }
                }
                if (i >= WARM_UP) {
                    times.add((System.nanoTime() - start) / 1_000_000);
                }
                // As a person types: the next save comes after the page has shown this one.
                Thread.sleep(100);
                rebuilt.clear();
            }
        } finally {
            Files.writeString(file, original, StandardCharsets.UTF_8);
        }
        Collections.sort(times);
        return times;
    }

    private static String get(HttpClient http, URI address) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    static long median(List<Long> sorted) {
        return sorted.get(sorted.size() / 2);
    }
}
