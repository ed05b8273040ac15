package org.plainpolicy;

import java.io.Closeable;
import java.util.List;
import org.plainpolicy.model.Finding;

/**
 * A live preview, started by {@link PlainPolicy#serve}: the site served from memory on the loopback
 * address, rebuilt as the policy's files change, each open page reloading itself and showing the
 * latest findings at its top. Closing it stops the server and the watching.
 */
public interface Preview extends Closeable {

    /** The address to open, such as {@code http://127.0.0.1:8000/}. */
    String address();

    /** The findings of the latest check. */
    List<Finding> findings();

    /** How many times the preview was built: once at the start, then once per settled change. */
    long generation();
}
