package org.icpo.elections.ballot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.icpo.kit.audit.AuditLog;
import org.icpo.kit.problem.ApiException;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Casting a secret vote. Who voted goes to {@code round_participation} (one row per member and round:
 * its primary key refuses a second vote, also across replicas); what was voted goes to
 * {@code sealed_ballot}: a random receipt and the choice, sealed by {@link BallotBox} with a key the
 * database does not hold, and nothing else: no voter, no time, no sequence. The two are written in one
 * transaction, so a vote is counted exactly when its voter is marked as having voted; the database can
 * pair the two rows (transaction ids, row positions, its log), and the sealed row tells it nothing.
 * The round row is read {@code for share}: votes run concurrently, while closing the round (which locks
 * it {@code for update}) waits for the votes in flight and is then final. Membership-service is not
 * called: the roll was frozen when the round opened, so voting keeps working when membership is down.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class VoteService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    BallotBox box;

    public BallotDtos.VoteReceipt cast(UUID ballotId, int round, String country, String rawChoice) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, status, choices from ballot_round where ballot_id = ?1 and number = ?2 for share")
                .setParameter(1, ballotId).setParameter(2, round).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Ballot " + ballotId + " has no round " + round);
        }
        UUID roundId = (UUID) rows.get(0)[0];
        if (!"OPEN".equals(rows.get(0)[1])) {
            throw ApiException.conflict("Round " + round + " of this ballot is closed; votes are no longer accepted");
        }
        List<String> choices = List.of(((String) rows.get(0)[2]).split(","));
        String choice = rawChoice.trim().toUpperCase(Locale.ROOT);
        if (!choices.contains(choice)) {
            throw ApiException.invalid("choice", "'" + rawChoice + "' is not one of " + choices);
        }
        int marked = em.createNativeQuery("insert into round_participation (round_id, country) "
                        + "select round_id, country from round_roll where round_id = ?1 and country = ?2 and may_vote on conflict do nothing")
                .setParameter(1, roundId).setParameter(2, country).executeUpdate();
        if (marked == 0) {
            @SuppressWarnings("unchecked")
            List<Object[]> roll = em.createNativeQuery("select may_vote, reason from round_roll where round_id = ?1 and country = ?2")
                    .setParameter(1, roundId).setParameter(2, country).getResultList();
            if (roll.isEmpty()) {
                throw ApiException.forbidden(country + " is not on the voter roll of round " + round
                        + ": its delegation was not registered as present when the round opened");
            }
            if (!Boolean.TRUE.equals(roll.get(0)[0])) {
                throw ApiException.forbidden(country + " has no voting rights in round " + round + ": " + roll.get(0)[1]);
            }
            throw ApiException.conflict(country + " has already voted in round " + round + " of this ballot; a vote cannot be repeated or changed");
        }
        String receipt = newReceipt();
        em.createNativeQuery("insert into sealed_ballot (round_id, sealed) values (?1, ?2)")
                .setParameter(1, roundId).setParameter(2, box.seal(roundId, new BallotBox.Ballot(receipt, choice))).executeUpdate();
        // the audit log records that the member voted, never what or with which receipt
        audit.record("vote.cast", BallotService.TARGET, ballotId.toString(), Map.of("round", round, "country", country));
        return new BallotDtos.VoteReceipt(ballotId, round, receipt, choice);
    }

    /** 128 random bits in hex. */
    static String newReceipt() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
