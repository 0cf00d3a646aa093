package org.icpo.testing;

import org.eclipse.microprofile.config.ConfigProvider;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * The constraints a service words a rule for ({@code icpo.constraints.<name>} in its configuration, used by
 * service-kit's {@code ProblemMappers} for the 409 of a request that lost a race): a name its database does not have
 * (a typo, a renamed index) would leave that 409 naming the constraint instead.
 */
public final class ConstraintRules {

    private static final String PREFIX = "icpo.constraints.";

    private ConstraintRules() {
    }

    /**
     * Asserts that the configuration words a rule for each of {@code expected} (at least) and that every constraint it
     * words one for is in the database.
     */
    public static void assertWordedAndKnown(DataSource database, String... expected) throws SQLException {
        org.assertj.core.api.Assertions.assertThat(configured()).as("constraints worded in icpo.constraints.*").contains(expected);
        org.assertj.core.api.Assertions.assertThat(unknown(database)).as("worded constraints the database does not have").isEmpty();
    }

    /** The constraint names the configuration words a rule for. */
    public static List<String> configured() {
        return StreamSupport.stream(ConfigProvider.getConfig().getPropertyNames().spliterator(), false)
                .filter(n -> n.startsWith(PREFIX)).map(n -> n.substring(PREFIX.length())).sorted().toList();
    }

    /** Those of {@link #configured()} that are neither a constraint nor a unique index of the database. */
    public static List<String> unknown(DataSource database) throws SQLException {
        Set<String> known = new HashSet<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select conname from pg_constraint union select i.relname from pg_index x"
                     + " join pg_class i on i.oid = x.indexrelid where x.indisunique")) {
            while (rs.next()) {
                known.add(rs.getString(1));
            }
        }
        List<String> unknown = new ArrayList<>();
        for (String name : configured()) {
            if (!known.contains(name)) {
                unknown.add(name);
            }
        }
        return unknown;
    }
}
