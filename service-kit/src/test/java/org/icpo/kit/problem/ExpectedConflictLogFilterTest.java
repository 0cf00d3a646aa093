package org.icpo.kit.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpectedConflictLogFilterTest {

    private final ExpectedConflictLogFilter filter = new ExpectedConflictLogFilter();

    private static LogRecord beforeCompletionFailed(Throwable thrown) {
        LogRecord r = new LogRecord(Level.WARNING, "ARJUNA012125: TwoPhaseCoordinator.beforeCompletion - failed for SynchronizationImple< 0:ffff7f000001 >");
        r.setLoggerName("com.arjuna.ats.arjuna");
        r.setThrown(thrown);
        return r;
    }

    private static Throwable atCommit(Throwable cause) {
        RollbackException e = new RollbackException("ARJUNA016053: Could not commit transaction.");
        e.initCause(cause);
        return e;
    }

    @Test
    void aCommitLostToAnotherRequestIsNotLogged() {
        // a stale @Version, as Hibernate reports it when it flushes before completion
        assertFalse(filter.isLoggable(beforeCompletionFailed(new OptimisticLockException(new StaleObjectStateException("NoticeRecord", 1)))));
        assertFalse(filter.isLoggable(beforeCompletionFailed(atCommit(new StaleObjectStateException("NoticeRecord", 1)))));
        // a unique or exclusion constraint another transaction's row now holds
        assertFalse(filter.isLoggable(beforeCompletionFailed(atCommit(new RuntimeException(new SQLException("duplicate key", "23505"))))));
        assertFalse(filter.isLoggable(beforeCompletionFailed(new SQLException("conflicting key value", "23P01"))));
    }

    @Test
    void everyOtherRecordIsKept() {
        // the same Narayana message for another cause: a defect, or the database gone
        assertTrue(filter.isLoggable(beforeCompletionFailed(atCommit(new IllegalStateException("bug")))));
        assertTrue(filter.isLoggable(beforeCompletionFailed(new SQLException("connection lost", "08006"))));
        assertTrue(filter.isLoggable(beforeCompletionFailed(new SQLException("null value", "23502"))));
        assertTrue(filter.isLoggable(beforeCompletionFailed(null)));
        // another message about a conflict (a service's own log line) and a record without a message
        LogRecord other = new LogRecord(Level.WARNING, "ARJUNA012117: TransactionReaper::check timeout for TX");
        other.setThrown(new OptimisticLockException());
        assertTrue(filter.isLoggable(other));
        assertTrue(filter.isLoggable(new LogRecord(Level.INFO, null)));
    }
}
