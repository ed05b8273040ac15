package org.plainpolicy.preview;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the policy directory and its folders, and calls back once after a burst of changes has
 * settled: an editor saving a file writes it in several steps, and each step would otherwise start
 * a rebuild. Folders made later are watched too; links are not followed.
 */
final class SourceWatcher implements Closeable {

    static final long SETTLE_MILLIS = 30;

    private final WatchService service;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "plainpolicy-preview-rebuild");
        t.setDaemon(true);
        return t;
    });
    private final Thread loop;
    private ScheduledFuture<?> pending;

    SourceWatcher(Path directory, Runnable changed) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        register(directory);
        this.loop = new Thread(() -> watch(changed), "plainpolicy-preview-watch");
        loop.setDaemon(true);
        loop.start();
    }

    private void register(Path directory) throws IOException {
        try (Stream<Path> dirs = Files.walk(directory)) {
            for (Path dir : dirs.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void watch(Runnable changed) {
        try {
            while (true) {
                WatchKey key = service.take();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name && key.watchable() instanceof Path dir) {
                        Path child = dir.resolve(name);
                        if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                                && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                            register(child);
                        }
                    }
                }
                key.reset();
                schedule(changed);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            schedule(changed);
        }
    }

    private synchronized void schedule(Runnable changed) {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = timer.schedule(changed, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws IOException {
        timer.shutdownNow();
        service.close();
    }
}
