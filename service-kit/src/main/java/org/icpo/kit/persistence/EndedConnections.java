package org.icpo.kit.persistence;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Drops the pool's ended connections as soon as one of them is found ended. When the primary is switched over (or
 * restarted), PostgreSQL ends every connection at once, but each pooled connection learns it only when it is next
 * used: without this, every idle one would fail one more request. Agroal already discards the connection that failed
 * (its PostgreSQL exception sorter); this asks it to validate the idle ones too ({@code flush(INVALID)}: one round trip
 * each, in the background) and to drop those that are ended, so the next requests open new connections.
 *
 * <p>Reported by {@code ProblemMappers} for each lost connection (SQL states of class 08, 57P01 to 57P03), and by the pool
 * itself when it destroys a connection the driver found ended ({@link #onConnectionDestroy}: the readiness check's
 * validation finds them too); a burst of reports, as when the database stays down, validates at most once per
 * {@link #INTERVAL}.
 */
@ApplicationScoped
public class EndedConnections implements AgroalPoolInterceptor {

    private static final Logger LOG = Logger.getLogger(EndedConnections.class);
    static final Duration INTERVAL = Duration.ofSeconds(1);

    private final Instance<AgroalDataSource> dataSource;
    private final LongSupplier nanoTime;
    private final AtomicLong lastValidation = new AtomicLong();

    @Inject
    public EndedConnections(Instance<AgroalDataSource> dataSource) {
        this(dataSource, System::nanoTime);
    }

    EndedConnections(Instance<AgroalDataSource> dataSource, LongSupplier nanoTime) {
        this.dataSource = dataSource;
        this.nanoTime = nanoTime;
        this.lastValidation.set(nanoTime.getAsLong() - INTERVAL.toNanos());
    }

    /** A connection of the pool was found ended: validate the idle ones and drop those ended too. */
    public void found() {
        long now = nanoTime.getAsLong();
        long last = lastValidation.get();
        if (now - last < INTERVAL.toNanos() || !lastValidation.compareAndSet(last, now) || !dataSource.isResolvable()) {
            return;
        }
        LOG.info("A database connection was found ended: validating the pool's idle connections");
        try {
            dataSource.get().flush(AgroalDataSource.FlushMode.INVALID);
        } catch (RuntimeException e) {
            // the pool is closing (the service stops): nothing left to validate
            LOG.debugf("Idle connections not validated: %s", e);
        }
    }

    /**
     * The pool destroys a connection: when it is ended, found so by a validation (the readiness check's, or the pool's
     * own) or by a statement, the idle ones are validated too. Without this, after a switchover the readiness check
     * would fail once for each ended idle connection it takes in turn (three in a row take a pod out of service) unless
     * requests met them first.
     */
    @Override
    public void onConnectionDestroy(Connection connection) {
        if (ended(connection)) {
            found();
        }
    }

    /** Whether the driver has found the connection ended (pgjdbc closes it on a fatal I/O error). */
    static boolean ended(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }
}
