package org.plainpolicy.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A command run as a process of its own, with its wall time and its peak resident memory: the
 * kernel's high-water mark of the process ({@code VmHWM} in {@code /proc/PID/status}), read every
 * few milliseconds until it ends, so a figure is at most a few milliseconds' growth short.
 */
record TimedProcess(int exit, long wallNanos, long peakKiB, String output) {

    static TimedProcess run(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        AtomicLong peak = new AtomicLong(-1);
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        Thread watcher = new Thread(() -> {
            while (process.isAlive()) {
                highWaterMark(status).ifPresent(kib -> peak.accumulateAndGet(kib, Math::max));
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "benchmark-memory");
        watcher.setDaemon(true);
        watcher.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        long wall = System.nanoTime() - start;
        watcher.join();
        return new TimedProcess(exit, wall, peak.get(), output);
    }

    long millis() {
        return wallNanos / 1_000_000;
    }

    /** The peak in MiB, or "n/a" where the kernel does not say (no /proc). */
    String peakMiB() {
        return peakKiB < 0 ? "n/a" : String.valueOf(Math.round(peakKiB / 1024.0));
    }

    TimedProcess orFail(String what) {
        if (exit != 0) {
            throw new IllegalStateException(what + " failed (exit " + exit + "):\n" + output);
        }
        return this;
    }

    private static java.util.OptionalLong highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return java.util.OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process ended between two reads.
        }
        return java.util.OptionalLong.empty();
    }
}
