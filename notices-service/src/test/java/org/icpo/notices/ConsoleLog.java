package org.icpo.notices;

import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.handlers.ConsoleHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/** What the service's console handler (where it logs, in containers too) lets through, with its level and filters as configured. */
final class ConsoleLog {

    private ConsoleLog() {
    }

    static LogRecord warning(String logger, String message, Throwable thrown) {
        LogRecord r = new LogRecord(Level.WARNING, message);
        r.setLoggerName(logger);
        r.setThrown(thrown);
        return r;
    }

    /** The records a logger received while the work ran, whatever the handlers then print of them. */
    static List<LogRecord> recordedBy(String logger, Runnable work) {
        List<LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger l = java.util.logging.Logger.getLogger(logger);
        l.addHandler(capture);
        try {
            work.run();
        } finally {
            l.removeHandler(capture);
        }
        return records;
    }

    /** Whether the console would print this record; fails when the service has no console handler. */
    static boolean shown(LogRecord r) {
        List<Handler> consoles = new ArrayList<>();
        collect(LogContext.getLogContext().getLogger("").getHandlers(), consoles);
        if (consoles.isEmpty()) {
            throw new AssertionError("no console handler");
        }
        ExtLogRecord record = ExtLogRecord.wrap(r);
        return consoles.stream().anyMatch(h -> h.isLoggable(record));
    }

    private static void collect(Handler[] handlers, List<Handler> out) {
        for (Handler h : handlers) {
            if (h instanceof ConsoleHandler) {
                out.add(h);
            }
            if (h instanceof ExtHandler e) {
                collect(e.getHandlers(), out);
            }
        }
    }
}
