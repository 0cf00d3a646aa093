package org.icpo.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * One real PostgreSQL per JVM (the embedded binaries from Maven, no Docker), started on first use
 * and stopped when the JVM exits. Each caller gets its own database, created on demand.
 */
public final class EmbeddedPostgresServer {

    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    public static synchronized EmbeddedPostgres get() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }

    /** JDBC URL of the named database, created on first request (user and password: postgres). */
    public static synchronized String jdbcUrl(String database) {
        EmbeddedPostgres pg = get();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + database.replace("'", "") + "'")) {
                if (!rs.next()) {
                    s.execute("create database \"" + database.replace("\"", "") + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
        return pg.getJdbcUrl("postgres", database);
    }

    /** Drops and re-creates a database: for tests that need a pristine schema. */
    public static synchronized void recreate(String database) {
        try (Connection c = get().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("drop database if exists \"" + database + "\" with (force)");
            s.execute("create database \"" + database + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not re-create database " + database, e);
        }
    }
}
