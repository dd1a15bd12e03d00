package se.lofteskollen.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CPU time the two services and PostgreSQL spend, read from /proc before and after a measured window, so that a
 * throughput figure can be divided into what each part costs per request: on two shared cores, one part's CPU is the
 * others' wait. PostgreSQL's is the sum over its processes (the postmaster and every backend alive at both readings;
 * a backend that ends in between is not counted, which the services' fixed pools make rare). Linux only; where /proc
 * cannot be read, a reading is empty.
 */
final class CpuTime {

    /** Linux reports CPU time in clock ticks of 1/100 s on every architecture the JDK runs on. */
    private static final double MILLIS_PER_TICK = 10.0;

    private final List<ServiceProcess> services;
    private final Map<String, Long> start;

    private CpuTime(List<ServiceProcess> services) {
        this.services = services;
        this.start = read(services);
    }

    /** Starts counting now. */
    static CpuTime from(List<ServiceProcess> services) {
        return new CpuTime(services);
    }

    /** "command-service 2.1 + query-service 1.0 + PostgreSQL 0.9 = 4.0 ms": the CPU time per request since the start. */
    String perRequest(long requests) {
        Map<String, Long> end = read(services);
        if (requests <= 0 || start.isEmpty() || end.isEmpty()) {
            return "not measured";
        }
        StringBuilder parts = new StringBuilder();
        double total = 0;
        for (Map.Entry<String, Long> part : end.entrySet()) {
            double millis = (part.getValue() - start.getOrDefault(part.getKey(), 0L)) * MILLIS_PER_TICK / requests;
            total += millis;
            parts.append(parts.isEmpty() ? "" : " + ").append(part.getKey()).append(String.format(" %.2f", millis));
        }
        return parts + String.format(" = %.2f ms", total);
    }

    private static Map<String, Long> read(List<ServiceProcess> services) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        try {
            for (ServiceProcess service : services) {
                ticks.put(service.name(), ticks(Path.of("/proc", Long.toString(service.pid()), "stat")));
            }
            long postgres = 0;
            try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                for (Path process : processes) {
                    if (isPostgres(process)) {
                        postgres += ticks(process.resolve("stat"));
                    }
                }
            }
            ticks.put("PostgreSQL", postgres);
            return ticks;
        } catch (IOException | RuntimeException unreadable) {
            return Map.of();
        }
    }

    /**
     * The CPU time, in milliseconds, of the JIT compiler threads (C1 and C2) of these processes so far, or -1 where
     * /proc cannot be read. HotSpot names them "C2 CompilerThread0" and so on; the kernel keeps 15 characters.
     */
    static double compilerMillis(List<ServiceProcess> services) {
        long compilers = 0;
        for (ServiceProcess service : services) {
            Path threads = Path.of("/proc", Long.toString(service.pid()), "task");
            try (DirectoryStream<Path> each = Files.newDirectoryStream(threads)) {
                for (Path thread : each) {
                    String name = comm(thread);
                    if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                        compilers += ticks(thread.resolve("stat"));
                    }
                }
            } catch (IOException | RuntimeException unreadable) {
                return -1;
            }
        }
        return compilers * MILLIS_PER_TICK;
    }

    private static boolean isPostgres(Path process) {
        return comm(process).equals("postgres");
    }

    /** The name of a process or thread; empty once it is gone. */
    private static String comm(Path processOrThread) {
        try {
            return Files.readString(processOrThread.resolve("comm")).strip();
        } catch (IOException gone) {
            return "";
        }
    }

    /** User and system time of one process; its name, in parentheses, may hold spaces, so fields count after it. */
    private static long ticks(Path stat) throws IOException {
        String line;
        try {
            line = Files.readString(stat);
        } catch (IOException gone) {
            return 0;
        }
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        // After the name: state is field 3 of the line, utime 14 and stime 15.
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
