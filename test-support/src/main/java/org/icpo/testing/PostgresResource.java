package org.icpo.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Points a {@code @QuarkusTest} application at the JVM's embedded PostgreSQL. The database name is
 * the {@code database} init argument, default {@code icpo}. The server is shared and outlives
 * Quarkus restarts, so it starts once per test JVM.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private String database = "icpo";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", EmbeddedPostgresServer.jdbcUrl(database),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // the server is stopped when the JVM exits, so that a Quarkus restart reuses it
    }
}
