package org.icpo.elections.committee;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A term of a person on a seat of the Executive Committee; ended early when the holder left. */
@Entity
@Table(name = "committee_term")
public class CommitteeTerm extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Office office;

    /** The seat's region (for the President: the region of his country). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Region region;

    @Column(nullable = false)
    public String country;

    @Column(name = "person_name", nullable = false)
    public String personName;

    @Column(name = "term_start", nullable = false)
    public LocalDate termStart;

    @Column(name = "term_end", nullable = false)
    public LocalDate termEnd;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "end_reason")
    public String endReason;

    @Column(name = "by_election", nullable = false)
    public boolean byElection;

    @Column(name = "ballot_id")
    public UUID ballotId;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Version
    public long version;

    /** The day the term ended or will end. */
    public LocalDate effectiveEnd() {
        return endedOn != null ? endedOn : termEnd;
    }

    public String seatLabel() {
        return office.seatLabel(office == Office.PRESIDENT ? null : region);
    }

    public EligibilityRules.Holder holder() {
        return new EligibilityRules.Holder(office, region, country, personName, termStart, effectiveEnd());
    }

    public CommitteeRules.Term term() {
        return new CommitteeRules.Term(office, region, country, personName, termStart, termEnd, endedOn);
    }

    public static List<CommitteeTerm> all() {
        return list("order by termStart, office, region, country");
    }
}
