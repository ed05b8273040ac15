package org.plainpolicy;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.plainpolicy.model.Finding;

/**
 * A live preview, started by {@link PlainPolicy#serve}: the site served from memory on the loopback
 * address, rebuilt as the policy's files change, each open page reloading itself and showing the
 * latest findings at its top. Closing it stops the server and the watching.
 */
public interface Preview extends Closeable {

    /**
     * One rebuild after a change: what it found and how long it took from the change settling to
     * the new site being ready to serve, for the terminal the preview runs in.
     */
    record Rebuild(long generation, List<Finding> findings, Duration took) {

        public Rebuild {
            findings = List.copyOf(findings);
        }
    }

    /** The address to open, such as {@code http://127.0.0.1:8000/}. */
    String address();

    /** The findings of the latest check. */
    List<Finding> findings();

    /** How many times the preview was built: once at the start, then once per settled change. */
    long generation();

    /** Serves until the process is stopped (Ctrl-C), then closes the preview. */
    default void serveUntilStopped() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                close();
            } catch (IOException e) {
                // Stopping anyway.
            }
            stopped.countDown();
        }));
        stopped.await();
    }
}
