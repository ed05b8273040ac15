package org.plainpolicy.internal;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made the first time it is asked for, by one thread, and kept: what a command does not
 * use (the registry for a build with nothing to do, the template engine for {@code validate}) is
 * never set up, since in a cold JVM setting it up is most of a short command's time.
 */
public final class Once<T> implements Supplier<T> {

    private final Supplier<? extends T> make;
    private volatile T value;

    public Once(Supplier<? extends T> make) {
        this.make = Objects.requireNonNull(make);
    }

    @Override
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = Objects.requireNonNull(make.get());
                    value = made;
                }
            }
        }
        return made;
    }
}
