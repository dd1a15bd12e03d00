package se.lofteskollen.platform.launch;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The project's jvm.options is what ./run.sh, the benchmark and the image start the services with. */
class ServiceJvmTest {

    /** The project's folder: this module's parent. */
    private static final Path HOME = Path.of("").toAbsolutePath().getParent();

    @Test
    void aServiceStartsAsJavaWithTheProjectsOptionsFileAndItsJar() {
        List<String> command = ServiceJvm.command(HOME, Path.of("/somewhere/query-service.jar"));

        assertThat(command).endsWith("@" + HOME.resolve("jvm.options"), "-jar", "/somewhere/query-service.jar");
        assertThat(command.get(0)).endsWith("java");
    }

    @Test
    void theOptionsFileIsOneTheJvmAccepts() throws Exception {
        List<String> command = List.of(ServiceJvm.command(HOME, Path.of("unused.jar")).get(0),
                "@" + HOME.resolve("jvm.options"), "-version");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();

        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).as(new String(java.getInputStream().readAllBytes())).isZero();
    }

    @Test
    void everyServiceNeverPhonesHomeAndKeepsMallocArenasFew() {
        ProcessBuilder builder = new ProcessBuilder("true");
        ServiceJvm.environment(builder);

        assertThat(builder.environment()).containsEntry("AXONIQ_UPDATE_CHECKER_DISABLED", "true")
                .containsEntry("MALLOC_ARENA_MAX", "2");
    }

    @Test
    void withoutTheOptionsFileItSaysWhereToStart() {
        assertThatThrownBy(() -> ServiceJvm.command(Path.of("/nowhere"), Path.of("x.jar")))
                .hasMessageContaining("start from the project's folder");
    }
}
