package org.icpo.kit.problem;

import io.quarkus.logging.LoggingFilter;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Keeps an expected 409 out of the log. When two requests change the same thing at once, the loser's transaction fails
 * as it commits (Hibernate flushes then: a stale {@code @Version}, or a unique row the other request inserted first), and
 * Narayana logged it as a WARN "ARJUNA012125: TwoPhaseCoordinator.beforeCompletion - failed" with a stack trace of about
 * forty lines, though {@link ProblemMappers} answers it with a 409 problem the client can act on. Such records are dropped
 * from the console; every other record, ARJUNA012125 for any other cause included, is kept. Installed on the console
 * handler by service-kit's configuration ({@code quarkus.log.console.filter}).
 */
@LoggingFilter(name = ExpectedConflictLogFilter.NAME)
public final class ExpectedConflictLogFilter implements Filter {

    public static final String NAME = "icpo-expected-conflicts";
    static final String BEFORE_COMPLETION_FAILED = "ARJUNA012125";

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record.getMessage();
        return message == null || !message.contains(BEFORE_COMPLETION_FAILED) || !ProblemMappers.answeredAsConflict(record.getThrown());
    }
}
