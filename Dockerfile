# Build with the Maven wrapper on a JDK, run on a Java 17 runtime image.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
COPY documents documents
COPY mail mail
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app kinerja
WORKDIR /app
COPY --from=build /src/target/kinerja-asn-*.jar /app/kinerja-asn.jar
USER kinerja
EXPOSE 8080
ENV SPRING_PROFILES_ACTIVE=postgres
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/kinerja-asn.jar"]
