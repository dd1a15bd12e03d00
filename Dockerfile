# One image per module that builds a runnable jar (<module>-<version>-exec.jar, the spring-boot-maven-plugin's
# "exec" classifier): docker build --build-arg SERVICE=command-service (or query-service, identity-provider) .
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
# Declared after the layers every module shares, so that the images of all modules reuse them.
ARG SERVICE
# Said plainly here rather than by a COPY that finds no file.
RUN test -n "${SERVICE}" || { echo "build with --build-arg SERVICE=<module>, e.g. command-service" >&2; exit 1; }
COPY --from=build /src/${SERVICE}/target/${SERVICE}-*-exec.jar /app/app.jar
# The same JVM options as ./run.sh and the benchmark.
COPY jvm.options /app/jvm.options
# Never phone home, whatever else is configured. Two malloc arenas keep resident memory near the heap.
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true MALLOC_ARENA_MAX=2
USER 1000
ENTRYPOINT ["java", "@/app/jvm.options", "-jar", "/app/app.jar"]
