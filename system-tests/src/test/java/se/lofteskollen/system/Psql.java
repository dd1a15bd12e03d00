package se.lofteskollen.system;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import se.lofteskollen.platform.testing.TestDatabase;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's psql (whatever version is installed: Debian's 15 reaches the embedded 16), against a database of the
 * test server as {@code postgres}. Without psql a test that needs it is skipped, except on CI ({@code CI=true}),
 * where it fails: CI installs it (.ci/run).
 */
final class Psql {

    private final String executable;
    private final String database;

    private Psql(String executable, String database) {
        this.executable = executable;
        this.database = database;
    }

    /** psql on the PATH, connecting to the database of {@code databaseUrl}. */
    static Psql on(String databaseUrl) {
        String withoutParameters = databaseUrl.contains("?") ? databaseUrl.substring(0, databaseUrl.indexOf('?')) : databaseUrl;
        return new Psql(executable(), withoutParameters.substring(withoutParameters.lastIndexOf('/') + 1));
    }

    /** Runs psql with {@code arguments} after the connection's, stopping at the first error; answers what it printed. */
    String run(String... arguments) throws IOException, InterruptedException {
        Path output = Files.createTempFile("psql", ".out");
        try {
            run(output, arguments);
            return Files.readString(output, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** The same, with what psql prints written to {@code output}, as a shell's {@code >} would. */
    void run(Path output, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable, "-X", "-v", "ON_ERROR_STOP=1",
                "-h", "localhost", "-p", String.valueOf(TestDatabase.server().getPort()), "-U", "postgres", "-d", database));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.PIPE).start();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("psql finished").isTrue();
        assertThat(process.exitValue()).as("psql's exit code; it said: %s", errors).isZero();
    }

    private static String executable() {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(directory, "psql");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        String message = "This test runs psql, as an operator does (Debian: apt-get install postgresql-client)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message);
        }
        Assumptions.abort(message + "; skipped outside CI.");
        return null;
    }
}
