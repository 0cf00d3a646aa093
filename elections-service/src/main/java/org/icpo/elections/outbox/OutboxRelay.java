package org.icpo.elections.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.icpo.elections.config.ElectionPolicies;
import org.icpo.kit.audit.AuditLog;
import org.icpo.kit.problem.ApiException;
import org.icpo.membership.client.MembershipDirectory;
import org.icpo.membership.client.MembershipDtos;
import org.jboss.logging.Logger;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The transactional outbox towards membership-service. {@link #enqueue} runs in the transaction that
 * decides a ballot; a first delivery is attempted as soon as that transaction commits, and the scheduler
 * then retries each message until membership acknowledges it, with exponential backoff between failed attempts. Membership applies an outcome idempotently, so a
 * message delivered again after a lost acknowledgement changes nothing there: exactly once in effect.
 * Several replicas can run the relay: a message is locked while delivered ({@code for update skip locked}).
 * When membership answers with a refusal (4xx: a different outcome already recorded, application not
 * scheduled or unknown), the message is kept as REFUSED with membership's reason and not retried; network
 * errors, 5xx answers and a 409 concurrent-modification (another request changed the application at that
 * moment: nothing was recorded or refused) are retried.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    public static final String ADMISSION_OUTCOME = "ADMISSION_OUTCOME";

    private final Backoff backoff;
    private final int batchSize;

    @Inject
    EntityManager em;

    @Inject
    MembershipDirectory membership;

    @Inject
    jakarta.transaction.TransactionManager transactions;

    @Inject
    ObjectMapper json;

    @Inject
    AuditLog audit;

    @Inject
    Event<OutcomeRecorded> recorded;

    @Inject
    Clock clock;

    /** The actor of the audit records the relay writes: the service itself, not a caller. */
    public static final String ACTOR = "system:elections-outbox";

    @Inject
    public OutboxRelay(ElectionPolicies policies) {
        this.backoff = new Backoff(policies.outbox().initialBackoff(), policies.outbox().maxBackoff());
        this.batchSize = policies.outbox().batchSize();
    }

    /** Records the outcome of an admission ballot for delivery; joins the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMessage enqueue(UUID ballotId, UUID applicationId, MembershipDtos.OutcomeReport report) {
        OutboxMessage m = new OutboxMessage();
        m.id = UUID.randomUUID();
        m.kind = ADMISSION_OUTCOME;
        m.ballotId = ballotId;
        m.applicationId = applicationId;
        try {
            m.payload = json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize the outcome report", e);
        }
        m.status = OutboxMessage.Status.PENDING;
        m.createdAt = Instant.now(clock);
        m.nextAttemptAt = m.createdAt;
        m.persist();
        recorded.fire(new OutcomeRecorded(m.id));
        return m;
    }

    /**
     * First attempt right after the deciding transaction commits, so that an admitted member's rights start
     * at once; when it fails, the scheduler retries with backoff. Runs before the response is sent.
     */
    void deliverAtOnce(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutcomeRecorded event) {
        try {
            QuarkusTransaction.requiringNew().call(() -> deliver(event.messageId()));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Immediate delivery of outbox message %s failed; the scheduler will retry", event.messageId());
        }
    }

    /** The identity of the scheduled relay. */
    public static final String SCHEDULE = "outbox-relay";

    @Scheduled(identity = SCHEDULE, every = "${icpo.elections.outbox.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        deliverDue();
    }

    /** Attempts every message that is due; returns how many were acknowledged. */
    @ActivateRequestContext
    public int deliverDue() {
        Instant now = Instant.now(clock);
        @SuppressWarnings("unchecked")
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select id from outbox_message where status = 'PENDING' and next_attempt_at <= ?1 order by next_attempt_at limit ?2", UUID.class)
                .setParameter(1, Timestamp.from(now)).setParameter(2, batchSize).getResultList());
        int delivered = 0;
        for (UUID id : due) {
            if (QuarkusTransaction.requiringNew().call(() -> deliver(id))) {
                delivered++;
            }
        }
        return delivered;
    }

    /**
     * Runs a call to another service with the caller's transaction suspended, then resumes it (the message's row
     * stays locked meanwhile: the lock belongs to the database transaction, not to the thread). The REST client
     * completes its call on an event-loop thread, which would otherwise carry the transaction: when the call failed
     * fast (membership-service down), the commit that followed could find two threads in the transaction and fail
     * ("ARJUNA012094 ... multiple threads active", "Enlisted connection used without active transaction"), losing the
     * attempt's bookkeeping.
     */
    <T> T outsideTransaction(java.util.function.Supplier<T> call) {
        jakarta.transaction.Transaction suspended;
        try {
            suspended = transactions.suspend();
        } catch (jakarta.transaction.SystemException e) {
            throw new IllegalStateException("could not suspend the transaction", e);
        }
        try {
            return call.get();
        } finally {
            try {
                if (suspended != null) {
                    transactions.resume(suspended);
                }
            } catch (jakarta.transaction.InvalidTransactionException | jakarta.transaction.SystemException e) {
                throw new IllegalStateException("could not resume the transaction", e);
            }
        }
    }

    private boolean deliver(UUID id) {
        @SuppressWarnings("unchecked")
        List<UUID> locked = em.createNativeQuery("select id from outbox_message where id = ?1 and status = 'PENDING' for update skip locked", UUID.class)
                .setParameter(1, id).getResultList();
        if (locked.isEmpty()) {
            return false;
        }
        OutboxMessage m = em.find(OutboxMessage.class, id);
        em.refresh(m);
        Instant now = Instant.now(clock);
        m.attempts++;
        try {
            MembershipDtos.OutcomeReport report = json.readValue(m.payload, MembershipDtos.OutcomeReport.class);
            outsideTransaction(() -> membership.reportOutcome(m.applicationId, report));
            m.status = OutboxMessage.Status.DELIVERED;
            m.deliveredAt = now;
            m.lastError = null;
            audit.recordAsSystem(ACTOR, "outcome.delivered", "ballot", m.ballotId.toString(), Map.of("applicationId", m.applicationId.toString(),
                    "attempts", m.attempts));
            LOG.infof("Delivered the outcome of ballot %s to membership-service (attempt %d)", m.ballotId, m.attempts);
            return true;
        } catch (ApiException e) {
            String error = e.getMessage() == null ? e.type().title() : e.getMessage();
            m.lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
            if (e.status() >= 400 && e.status() < 500) {
                // membership answered and refused: retrying cannot change its answer
                m.status = OutboxMessage.Status.REFUSED;
                audit.recordAsSystem(ACTOR, "outcome.refused", "ballot", m.ballotId.toString(), Map.of("applicationId", m.applicationId.toString(),
                        "attempts", m.attempts, "reason", m.lastError));
                LOG.errorf("membership-service refused the outcome of ballot %s for application %s (attempt %d): %s; not retried",
                        m.ballotId, m.applicationId, m.attempts, m.lastError);
            } else {
                m.nextAttemptAt = backoff.next(now, m.attempts);
                LOG.warnf("Delivery of the outcome of ballot %s failed (attempt %d, next at %s): %s", m.ballotId, m.attempts, m.nextAttemptAt, m.lastError);
            }
            return false;
        } catch (RuntimeException | JsonProcessingException e) {
            m.nextAttemptAt = backoff.next(now, m.attempts);
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            m.lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
            LOG.warnf("Delivery of the outcome of ballot %s failed (attempt %d, next at %s): %s", m.ballotId, m.attempts, m.nextAttemptAt, m.lastError);
            return false;
        }
    }
}
