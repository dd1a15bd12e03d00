package se.lofteskollen.platform.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a service's JVM is started as a child process (by ./run.sh and by the benchmark): the same JVM options as the
 * Docker image, from the project's {@code jvm.options}, so that what is measured is what is run.
 */
public final class ServiceJvm {

    static final String OPTIONS_FILE = "jvm.options";

    private ServiceJvm() {
    }

    /** {@code java @jvm.options -jar <the module's runnable jar>}, with the java that runs this launcher. */
    public static List<String> command(Path home, String module) throws IOException {
        return command(home, runnableJar(home, module));
    }

    /** The runnable jar the build left in {@code <module>/target}. */
    public static Path runnableJar(Path home, String module) throws IOException {
        Path target = home.resolve(module).resolve("target");
        String buildFirst = ": build first (./mvnw -DskipTests package)";
        try (var files = Files.list(target)) {
            return files.filter(path -> path.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no runnable jar in " + target + buildFirst));
        } catch (NoSuchFileException missing) {
            throw new IllegalStateException("no " + target + buildFirst);
        }
    }

    /** {@code java @jvm.options -jar <jar>}. */
    public static List<String> command(Path home, Path jar) {
        Path options = home.resolve(OPTIONS_FILE);
        if (!Files.isRegularFile(options)) {
            throw new IllegalStateException("no " + options + ": start from the project's folder");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("@" + options);
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    /** The environment every service JVM gets besides its database settings. */
    public static void environment(ProcessBuilder builder) {
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        // glibc gives every thread that allocates its own malloc arena (64 MB of address space each, much of it
        // touched): two keep a service's resident memory near its heap.
        builder.environment().put("MALLOC_ARENA_MAX", "2");
    }
}
