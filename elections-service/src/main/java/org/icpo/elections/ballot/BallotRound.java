package org.icpo.elections.ballot;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One round of a ballot: opened with a frozen voter roll, closed with its tally, threshold and board. */
@Entity
@Table(name = "ballot_round")
public class BallotRound extends PanacheEntityBase {

    public enum Status { OPEN, CLOSED }

    @Id
    public UUID id;

    @Column(name = "ballot_id", nullable = false)
    public UUID ballotId;

    @Column(nullable = false)
    public int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** The valid choices, comma-separated, in display order. */
    @Column(nullable = false)
    public String choices;

    @Enumerated(EnumType.STRING)
    @Column(name = "majority_rule", nullable = false)
    public MajorityRules.Rule majorityRule;

    @Column(name = "members_total", nullable = false)
    public int membersTotal;

    @Column(name = "present_count", nullable = false)
    public int presentCount;

    @Column(name = "roll_size", nullable = false)
    public int rollSize;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, Integer> counts;

    @Column(name = "votes_cast")
    public Integer votesCast;

    public Integer abstentions;

    public Integer voters;

    public Integer threshold;

    @Enumerated(EnumType.STRING)
    public MajorityRules.RoundOutcome outcome;

    @Column(name = "elected_country")
    public String electedCountry;

    @Column(name = "head_hash")
    public String headHash;

    @Version
    public long version;

    public List<String> choiceList() {
        return Arrays.asList(choices.split(","));
    }

    public static Optional<BallotRound> of(UUID ballotId, int number) {
        return find("ballotId = ?1 and number = ?2", ballotId, number).firstResultOptional();
    }

    public static List<BallotRound> ofBallot(UUID ballotId) {
        return list("ballotId = ?1 order by number", ballotId);
    }
}
