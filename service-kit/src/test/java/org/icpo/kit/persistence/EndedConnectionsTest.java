package org.icpo.kit.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.inject.Instance;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A lost connection sends the pool's idle connections to validation ({@code flush(INVALID)}), at most once a second
 * however many requests report one; against a real pool and PostgreSQL in membership-service's PlatformTest.
 */
class EndedConnectionsTest {

    private final List<AgroalDataSource.FlushMode> flushes = new ArrayList<>();
    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);

    private EndedConnections endedConnections(boolean resolvable) {
        AgroalDataSource pool = (AgroalDataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {AgroalDataSource.class},
                (proxy, m, args) -> {
                    if (m.getName().equals("flush")) {
                        flushes.add((AgroalDataSource.FlushMode) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        @SuppressWarnings("unchecked")
        Instance<AgroalDataSource> instance = (Instance<AgroalDataSource>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Instance.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "isResolvable" -> resolvable;
                    case "get" -> pool;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        return new EndedConnections(instance, now::get);
    }

    @Test
    void theFirstLostConnectionSendsTheIdleOnesToValidation() {
        endedConnections(true).found();
        assertEquals(List.of(AgroalDataSource.FlushMode.INVALID), flushes);
    }

    @Test
    void aBurstOfLostConnectionsValidatesOnceASecond() {
        EndedConnections ended = endedConnections(true);
        for (int i = 0; i < 100; i++) {
            ended.found();
            now.addAndGet(5_000_000); // 5 ms apart: 100 reports in half a second
        }
        assertEquals(1, flushes.size());
        now.addAndGet(EndedConnections.INTERVAL.toNanos());
        ended.found();
        assertEquals(2, flushes.size(), "a connection found ended a second later is validated again");
    }

    @Test
    void aServiceWithoutAPoolHasNothingToValidate() {
        endedConnections(false).found();
        assertEquals(List.of(), flushes);
    }

    /** A connection the pool destroys, closed by the driver (ended) or not (removed for idleness, flushed). */
    private static java.sql.Connection connection(boolean closed) {
        return (java.sql.Connection) Proxy.newProxyInstance(EndedConnectionsTest.class.getClassLoader(), new Class<?>[] {java.sql.Connection.class},
                (proxy, m, args) -> {
                    if (m.getName().equals("isClosed")) {
                        return closed;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    @Test
    void anEndedConnectionThePoolDestroysSendsTheIdleOnesToValidationAHealthyOneDoesNot() {
        EndedConnections ended = endedConnections(true);
        ended.onConnectionDestroy(connection(false));
        assertEquals(List.of(), flushes, "a connection removed for idleness says nothing of the others");
        ended.onConnectionDestroy(connection(true));
        assertEquals(List.of(AgroalDataSource.FlushMode.INVALID), flushes);
    }
}
