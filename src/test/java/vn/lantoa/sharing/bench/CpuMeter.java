package vn.lantoa.sharing.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the CPU went during a phase: the load client's threads, the server's threads (virtual
 * threads run on the ForkJoinPool carriers), the rest of the JVM (GC, JIT), the PostgreSQL
 * processes, and everything else on the machine (other people's builds). Linux only.
 */
final class CpuMeter {

    record Snapshot(long client, long server, long gc, long jit, long jvmOther, long postgres, long busy, long all) {}

    record Usage(
            double client,
            double server,
            double gc,
            double jit,
            double jvmOther,
            double postgres,
            double others,
            double idle) {
        String perRequest(long requests) {
            double k = 1e3 / requests; // seconds -> ms per request
            return String.format(
                    "CPU ms/request: client %.2f | server threads %.2f, GC %.2f, JIT %.2f, other JVM %.2f, PostgreSQL %.2f"
                            + " | other processes %.2f, idle %.2f",
                    client * k, server * k, gc * k, jit * k, jvmOther * k, postgres * k, others * k, idle * k);
        }
    }

    private static final long TICKS = 100; // USER_HZ on Linux
    private final long postmaster;

    CpuMeter(long postmasterPid) {
        this.postmaster = postmasterPid;
    }

    /** Per-thread CPU of this JVM from /proc/self/task (names cut to 15 characters by Linux). */
    Snapshot snapshot() {
        long[] jvm = new long[5]; // client, server, gc, jit, other
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).trim();
                    String[] f = stat(task);
                    if (f == null) {
                        return;
                    }
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    jvm[kind(name)] += ticks;
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        long[] machine = machine();
        return new Snapshot(jvm[0], jvm[1], jvm[2], jvm[3], jvm[4], postgres(), machine[0], machine[1]);
    }

    private static int kind(String thread) {
        if (thread.startsWith("bench-client") || thread.startsWith("HttpClient")) {
            return 0;
        }
        if (thread.startsWith("ForkJoinPool") || thread.startsWith("http-nio") || thread.startsWith("lantoa")) {
            return 1;
        }
        if (thread.startsWith("GC ") || thread.startsWith("G1 ")) {
            return 2;
        }
        if (thread.startsWith("C1 ") || thread.startsWith("C2 ")) {
            return 3;
        }
        return 4;
    }

    Usage between(Snapshot a, Snapshot b) {
        double client = seconds(b.client() - a.client());
        double server = seconds(b.server() - a.server());
        double gc = seconds(b.gc() - a.gc());
        double jit = seconds(b.jit() - a.jit());
        double other = seconds(b.jvmOther() - a.jvmOther());
        double postgres = seconds(b.postgres() - a.postgres());
        double busy = seconds(b.busy() - a.busy());
        double all = seconds(b.all() - a.all());
        double ours = client + server + gc + jit + other + postgres;
        return new Usage(client, server, gc, jit, other, postgres, Math.max(0, busy - ours), Math.max(0, all - busy));
    }

    private static double seconds(long ticks) {
        return ticks / (double) TICKS;
    }

    /** utime + stime of the postmaster and its children (the backends), in clock ticks. */
    private long postgres() {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(p -> {
                        String[] f = stat(p);
                        if (f == null) {
                            return 0;
                        }
                        long pid = Long.parseLong(p.getFileName().toString());
                        long ppid = Long.parseLong(f[1]);
                        return pid == postmaster || ppid == postmaster
                                ? Long.parseLong(f[11]) + Long.parseLong(f[12])
                                : 0;
                    })
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Fields of /proc/PID/stat after the command name: [0]=state, [1]=ppid, [11]=utime, [12]=stime. */
    private static String[] stat(Path proc) {
        try {
            String s = Files.readString(proc.resolve("stat"));
            return s.substring(s.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** {busy, all} ticks of all CPUs from /proc/stat. */
    private static long[] machine() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
            String[] f = lines.getFirst().trim().split("\\s+");
            long all = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                all += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {all - idle, all};
        } catch (IOException e) {
            return new long[] {0, 0};
        }
    }
}
