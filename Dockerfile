# One image per service: docker build --build-arg SERVICE=command-service (or query-service) .
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
ARG SERVICE
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/${SERVICE}/target/${SERVICE}-*-exec.jar /app/app.jar
# Never phone home, whatever else is configured.
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true
USER 1000
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-Daxoniq.update-checker.disabled=true", "-jar", "/app/app.jar"]
