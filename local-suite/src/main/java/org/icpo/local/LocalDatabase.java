package org.icpo.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One real PostgreSQL for the local suite (embedded binaries from Maven), its data kept in a
 * folder between runs; a database and a role per service, as each service owns its database.
 */
public final class LocalDatabase implements AutoCloseable {

    private final EmbeddedPostgres pg;
    private final int port;

    private LocalDatabase(EmbeddedPostgres pg, int port) {
        this.pg = pg;
        this.port = port;
    }

    public static LocalDatabase start(Path dataDir, int port, boolean fresh) throws IOException {
        if (fresh && Files.exists(dataDir)) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dataDir.getParent());
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("max_connections", "200")
                // PostgreSQL's own default; the benchmark sizes it to its million notices (bench/run.sh)
                .setServerConfig("shared_buffers", System.getProperty("icpo.pg.shared-buffers", "128MB"))
                .start();
        return new LocalDatabase(pg, port);
    }

    /** Creates the role and the database of a service unless they exist; the role owns its database only. */
    public void ensureServiceDatabase(String name, String password) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            boolean role;
            try (ResultSet rs = s.executeQuery("select 1 from pg_roles where rolname = '" + name + "'")) {
                role = rs.next();
            }
            if (!role) {
                s.execute("create role \"" + name + "\" login password '" + password.replace("'", "''") + "'");
            }
            boolean db;
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                db = rs.next();
            }
            if (!db) {
                s.execute("create database \"" + name + "\" owner \"" + name + "\"");
                s.execute("revoke all on database \"" + name + "\" from public");
            }
        }
        // extensions need a superuser; the services' migrations then find them installed
        try (Connection c = pg.getDatabase("postgres", name).getConnection(); Statement s = c.createStatement()) {
            s.execute("create extension if not exists btree_gist");
            s.execute("create extension if not exists pg_trgm");
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws IOException {
        pg.close();
    }
}
