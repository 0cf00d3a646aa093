package org.icpo.kit.persistence;

import jakarta.persistence.EntityManager;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * PostgreSQL advisory locks held until the transaction ends ({@code pg_advisory_xact_lock(int, int)}): for a decision
 * that reads before it writes and that no constraint can guard (a seat's holders, a caller's idempotency key), so that
 * two requests arriving at once take it one after the other and the second sees what the first wrote (read committed:
 * each statement after the lock reads what was committed before it). The first key is the space of one kind of
 * decision, the second what within it (a hash: two things sharing it only wait for each other).
 *
 * <p>Spaces in use, one per kind of decision across the services: {@link #IDEMPOTENCY} (service-kit) and
 * {@link #EXECUTIVE_COMMITTEE} (elections-service).
 */
public final class AdvisoryLocks {

    /** A caller's Idempotency-Key ({@code org.icpo.kit.idempotency.Idempotency}). */
    public static final int IDEMPOTENCY = 0x1de0;
    /** The Executive Committee's seats and holders: office ballots, terms recorded, elected and ended. */
    public static final int EXECUTIVE_COMMITTEE = 0x1dec;

    private AdvisoryLocks() {
    }

    /** Waits for the lock {@code (space, id)} and holds it until the current transaction ends. */
    public static void lockForTransaction(EntityManager em, int space, int id) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1, ?2)) locked")
                .setParameter(1, space).setParameter(2, id).getSingleResult();
    }

    /** A lock id for what {@code parts} name together (SHA-256, the first four bytes). */
    public static int id(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                sha.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return ByteBuffer.wrap(sha.digest()).getInt();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
