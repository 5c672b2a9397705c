package io.buzzline.e2e.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's CPU time so far and its resident memory, read from {@code /proc/<pid>}. */
public record ProcessUsage(long cpuTicks, long rssKiB) {

    /** USER_HZ on Linux; /proc/<pid>/stat counts CPU time in these ticks. */
    public static final int TICKS_PER_SECOND = 100;

    public static ProcessUsage of(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // Fields after the command name (which may hold spaces) start after the last ')'.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            long rss = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst()
                    .orElse(0L);
            return new ProcessUsage(ticks, rss);
        } catch (IOException | RuntimeException e) {
            return new ProcessUsage(0, 0);
        }
    }

    public double cpuSeconds() {
        return cpuTicks / (double) TICKS_PER_SECOND;
    }
}
