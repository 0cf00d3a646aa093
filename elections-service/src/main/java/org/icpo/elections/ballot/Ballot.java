package org.icpo.elections.ballot;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.icpo.elections.committee.Office;
import org.icpo.elections.committee.Region;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A secret ballot of the Assembly: an admission, an office election, a resolution or an amendment. */
@Entity
@Table(name = "ballot")
public class Ballot extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "session_number", nullable = false)
    public int sessionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BallotKind kind;

    @Column(nullable = false)
    public String title;

    public String text;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "applicant_country")
    public String applicantCountry;

    @Column(name = "applicant_name")
    public String applicantName;

    @Enumerated(EnumType.STRING)
    public Office office;

    @Enumerated(EnumType.STRING)
    @Column(name = "seat_region")
    public Region seatRegion;

    @Column(name = "by_election", nullable = false)
    public boolean byElection;

    @Column(name = "term_start")
    public LocalDate termStart;

    @Column(name = "term_end")
    public LocalDate termEnd;

    @Column(name = "circulated_on")
    public LocalDate circulatedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BallotStatus status;

    @Column(name = "current_round", nullable = false)
    public int currentRound;

    @Enumerated(EnumType.STRING)
    public MajorityRules.BallotOutcome outcome;

    @Column(name = "elected_candidate_id")
    public UUID electedCandidateId;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public String seatLabel() {
        return office == null ? null : office.seatLabel(seatRegion);
    }
}
