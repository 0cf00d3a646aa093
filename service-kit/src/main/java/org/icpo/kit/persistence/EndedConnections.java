package org.icpo.kit.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

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
 * <p>Reported by {@code ProblemMappers} for each lost connection (SQL states of class 08, 57P01 to 57P03); a burst of
 * reports, as when the database stays down, validates at most once per {@link #INTERVAL}.
 */
@ApplicationScoped
public class EndedConnections {

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
        dataSource.get().flush(AgroalDataSource.FlushMode.INVALID);
    }
}
