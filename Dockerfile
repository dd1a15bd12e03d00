# One image per module that builds a runnable jar (<module>-<version>-exec.jar, the spring-boot-maven-plugin's
# "exec" classifier): docker build --build-arg SERVICE=command-service (or query-service, identity-provider) .
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package
ARG SERVICE
# Said plainly here rather than by a COPY that finds no file.
RUN test -n "${SERVICE}" || { echo "build with --build-arg SERVICE=<module>, e.g. command-service" >&2; exit 1; }
# The jar's layers (Spring Boot's layers.idx): dependencies, spring-boot-loader, snapshot-dependencies, application
# (the service's own classes, and platform and shared-events). Copied one by one below, least often changed first, so
# that a new build of the service changes only the last layer of the image, and the images of all modules share the
# first ones. Beside them, the port the service listens on by default, for the health check.
RUN cp ${SERVICE}/target/${SERVICE}-*-exec.jar /app.jar \
    && java -Djarmode=tools -jar /app.jar extract --layers --launcher --destination /layers \
    && case "${SERVICE}" in \
         command-service) echo 8081 ;; query-service) echo 8082 ;; identity-provider) echo 8083 ;; \
         *) echo "no default port known for ${SERVICE}" >&2; exit 1 ;; \
       esac > /layers/port

FROM eclipse-temurin:17-jre
# curl only for the health check: the JRE image has no HTTP client of its own.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
COPY --from=build /layers/port /app/port
# The same JVM options as ./run.sh and the benchmark.
COPY jvm.options /app/jvm.options
# Never phone home, whatever else is configured. Two malloc arenas keep resident memory near the heap.
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true MALLOC_ARENA_MAX=2
USER 1000
# UP or DOWN only (details are for the operator): the database, and each event processor not failing or stuck.
# SERVER_PORT, where a deployment sets one, wins over the module's default port.
HEALTHCHECK --interval=10s --timeout=3s --start-period=120s --retries=3 \
    CMD curl -fsS -o /dev/null "http://localhost:${SERVER_PORT:-$(cat /app/port)}/actuator/health" || exit 1
# The launcher of the extracted jar: the same classes and order as java -jar, without unpacking nested jars.
ENTRYPOINT ["java", "@/app/jvm.options", "org.springframework.boot.loader.launch.JarLauncher"]
