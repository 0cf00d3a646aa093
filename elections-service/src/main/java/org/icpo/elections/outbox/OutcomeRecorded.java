package org.icpo.elections.outbox;

import java.util.UUID;

/** Fired when an outcome is written to the outbox; observed after the transaction commits to deliver it at once. */
public record OutcomeRecorded(UUID messageId) {
}
