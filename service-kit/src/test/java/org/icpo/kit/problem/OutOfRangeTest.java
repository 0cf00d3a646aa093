package org.icpo.kit.problem;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import org.hibernate.exception.DataException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A value the database cannot hold (a text too long, a number or a date out of range) or a date whose arithmetic
 * overflows is bad input that validation let through: a 400 bad-request problem whose detail does not repeat the SQL.
 */
class OutOfRangeTest {

    private final ProblemMappers mappers = new ProblemMappers(() -> { });

    private static Exception wrapped(String state, String message) {
        return new PersistenceException("could not execute statement",
                new DataException("could not execute statement", new PSQLException(message, PSQLState.DATA_ERROR) {
                    @Override
                    public String getSQLState() {
                        return state;
                    }
                }));
    }

    private static com.fasterxml.jackson.databind.JsonNode problem(Response r) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree((String) r.getEntity());
    }

    @Test
    void valuesTheDatabaseCannotHoldAre400s() throws Exception {
        for (String state : new String[] {"22001", "22003", "22008"}) {
            Response r = mappers.other(wrapped(state, "ERROR: secret value 'x' in insert into member"), null, null);
            assertEquals(400, r.getStatus(), state);
            assertEquals(ProblemType.BAD_REQUEST.uri(), problem(r).get("type").asText());
            String detail = problem(r).get("detail").asText();
            assertFalse(detail.contains("secret") || detail.contains("insert"), detail);
        }
        assertTrue(problem(mappers.other(wrapped("22008", "date out of range"), null, null)).get("detail").asText()
                .contains("YYYY-MM-DD, year 0001 to 9999"));
    }

    @Test
    void dateArithmeticThatOverflowsIsA400() throws Exception {
        DateTimeException overflow = assertThrowsDateTime(() -> LocalDate.of(999_999_999, 12, 1).plusMonths(1));
        Response r = mappers.other(overflow, null, null);
        assertEquals(400, r.getStatus());
        assertTrue(problem(r).get("detail").asText().contains("YYYY-MM-DD, year 0001 to 9999"));
    }

    @Test
    void otherDataErrorsStay500s() {
        assertEquals(500, mappers.other(wrapped("22012", "division by zero"), null, null).getStatus());
        assertEquals(500, mappers.other(new SQLException("boom"), null, null).getStatus());
    }

    private static DateTimeException assertThrowsDateTime(Runnable r) {
        try {
            r.run();
        } catch (DateTimeException e) {
            return e;
        }
        throw new AssertionError("no DateTimeException");
    }
}
