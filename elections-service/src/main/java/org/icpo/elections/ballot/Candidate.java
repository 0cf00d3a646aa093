package org.icpo.elections.ballot;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.icpo.elections.committee.Region;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A person nominated by a member government for a seat of the Executive Committee. */
@Entity
@Table(name = "candidate")
public class Candidate extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "ballot_id", nullable = false)
    public UUID ballotId;

    @Column(nullable = false)
    public String country;

    @Column(name = "person_name", nullable = false)
    public String personName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Region region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CandidateStatus status;

    @Column(name = "eliminated_after_round")
    public Integer eliminatedAfterRound;

    @Column(name = "nominated_at", nullable = false)
    public Instant nominatedAt;

    @Column(name = "nominated_by", nullable = false)
    public String nominatedBy;

    @Version
    public long version;

    public static List<Candidate> ofBallot(UUID ballotId) {
        return list("ballotId = ?1 order by nominatedAt, country", ballotId);
    }
}
