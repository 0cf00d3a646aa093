package org.icpo.kit.problem;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database that cannot take a request now is a 503 problem with a Retry-After, not a logged 500: the pool's
 * connections all in use (Agroal's acquisition timeout, tested against a real pool in membership-service's
 * PlatformTest) or PostgreSQL refusing connections is "busy"; a connection that cannot be opened or was lost, or a server
 * shutting down or starting up, is "upstream-unavailable". Other database failures stay 500s.
 */
class DatabaseUnavailableTest {

    /** How many lost connections the mappers reported to the pool ({@code EndedConnections}). */
    private final java.util.concurrent.atomic.AtomicInteger reportedLost = new java.util.concurrent.atomic.AtomicInteger();
    private final ProblemMappers mappers = new ProblemMappers(reportedLost::incrementAndGet);

    /** As Hibernate and the transaction wrap it on its way out of a resource. */
    private static Exception wrapped(SQLException sql) {
        return new PersistenceException("could not execute statement", new GenericJDBCException("Unable to acquire JDBC Connection", sql));
    }

    /** The problem document as sent (the body is serialized eagerly). */
    private static Body problem(Response r) {
        try {
            com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree((String) r.getEntity());
            assertEquals(r.getStatus(), json.get("status").asInt());
            return new Body(json.get("type").asText(), json.get("detail").asText());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private record Body(String type, String detail) {
    }

    @Test
    void everyConnectionOfThePoolInUseIsBusyWithARetryAfterOfOneSecond() {
        Response r = mappers.other(wrapped(new SQLException(ProblemMappers.POOL_EXHAUSTED)), null, null);
        assertEquals(503, r.getStatus());
        assertEquals("1", r.getHeaderString("Retry-After"));
        assertEquals(ProblemType.BUSY.uri(), problem(r).type());
        assertTrue(problem(r).detail().contains("all of its connections are in use"), problem(r).detail());
        assertEquals(0, reportedLost.get(), "a busy pool has no ended connection to drop");
    }

    @Test
    void postgresqlRefusingMoreConnectionsIsBusy() {
        Response r = mappers.other(wrapped(new SQLException("FATAL: sorry, too many clients already", "53300")), null, null);
        assertEquals(503, r.getStatus());
        assertEquals(ProblemType.BUSY.uri(), problem(r).type());
        assertEquals("1", r.getHeaderString("Retry-After"));
        assertTrue(problem(r).detail().contains("it refuses more connections (SQL state 53300)"), problem(r).detail());
        assertEquals(0, reportedLost.get());
    }

    @Test
    void aConnectionThatCannotBeOpenedOrWasLostIsUpstreamUnavailableWithTheSqlState() {
        for (PSQLState state : new PSQLState[] {PSQLState.CONNECTION_UNABLE_TO_CONNECT, PSQLState.CONNECTION_FAILURE}) {
            Exception e = new JDBCConnectionException("could not execute query", new PSQLException("An I/O error occurred while sending to the backend.", state));
            Response r = mappers.other(e, null, null);
            assertEquals(503, r.getStatus(), state.getState());
            assertEquals(ProblemType.UPSTREAM_UNAVAILABLE.uri(), problem(r).type());
            assertEquals("5", r.getHeaderString("Retry-After"));
            assertTrue(problem(r).detail().contains("SQL state " + state.getState()), problem(r).detail());
        }
        assertEquals(2, reportedLost.get(), "each lost connection is reported, so the pool drops its other ended ones");
    }

    /** A request of the given method (only its method is read). */
    private static jakarta.ws.rs.core.Request method(String name) {
        return (jakarta.ws.rs.core.Request) java.lang.reflect.Proxy.newProxyInstance(DatabaseUnavailableTest.class.getClassLoader(),
                new Class<?>[] {jakarta.ws.rs.core.Request.class}, (proxy, m, args) -> {
                    if (m.getName().equals("getMethod")) {
                        return name;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    @Test
    void aChangeWhoseConnectionWasLostMayHaveBeenRecordedAndTheProblemSaysSo() {
        Exception lost = new JDBCConnectionException("could not commit", new PSQLException("An I/O error occurred while sending to the backend.",
                PSQLState.CONNECTION_FAILURE));
        for (String change : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            Response r = mappers.other(lost, null, method(change));
            assertEquals(503, r.getStatus());
            assertTrue(problem(r).detail().contains("may have been recorded: read it back, or send it again with the same Idempotency-Key"),
                    change + ": " + problem(r).detail());
        }
        for (String read : new String[] {"GET", "HEAD"}) {
            assertFalse(problem(mappers.other(lost, null, method(read))).detail().contains("Idempotency-Key"), read);
        }
        // a pool with no free connection never began the change
        assertFalse(problem(mappers.other(wrapped(new SQLException(ProblemMappers.POOL_EXHAUSTED)), null, method("POST"))).detail()
                .contains("may have been recorded"));
    }

    @Test
    void aServerShuttingDownCrashedOrStartingUpIsUpstreamUnavailable() {
        for (String state : new String[] {"57P01", "57P02", "57P03"}) {
            assertEquals(ProblemType.UPSTREAM_UNAVAILABLE, ProblemMappers.databaseUnavailable(new SQLException("terminating connection", state)), state);
            assertEquals(503, mappers.other(wrapped(new SQLException("the database system is starting up", state)), null, null).getStatus(), state);
        }
        assertEquals(3, reportedLost.get());
    }

    @Test
    void otherDatabaseFailuresAreNotTakenForAnOutage() {
        // a query cancelled by its statement timeout, a syntax error, a disk full, an SQL exception without a state
        for (String state : new String[] {"57014", "42601", "53100"}) {
            assertNull(ProblemMappers.databaseUnavailable(new SQLException("failed", state)), state);
            assertEquals(500, mappers.other(wrapped(new SQLException("failed", state)), null, null).getStatus(), state);
        }
        assertNull(ProblemMappers.databaseUnavailable(new SQLException("Sorry, something else")));
        assertEquals(500, mappers.other(wrapped(new SQLException("Sorry, something else")), null, null).getStatus());
        assertEquals(0, reportedLost.get());
    }

    @Test
    void aConflictIsStillAConflict() {
        Response r = mappers.other(wrapped(new SQLException("duplicate key value violates unique constraint \"x_key\"", "23505")), null, null);
        assertEquals(409, r.getStatus());
        assertNull(r.getHeaderString("Retry-After"));
    }
}
