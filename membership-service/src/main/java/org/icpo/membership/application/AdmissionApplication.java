package org.icpo.membership.application;

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
import org.icpo.membership.member.Region;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A state's application for membership, for the Assembly of one year. */
@Entity
@Table(name = "admission_application")
public class AdmissionApplication extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "iso_code", nullable = false)
    public String isoCode;

    @Column(name = "state_name", nullable = false)
    public String stateName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Region region;

    @Column(name = "police_body", nullable = false)
    public String policeBody;

    @Column(name = "statehood_statement", nullable = false)
    public String statehoodStatement;

    @Column(name = "accepts_constitution", nullable = false)
    public boolean acceptsConstitution;

    @Column(name = "submitted_on", nullable = false)
    public LocalDate submittedOn;

    @Column(name = "assembly_year", nullable = false)
    public int assemblyYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    @Column(name = "scheduled_session")
    public Integer scheduledSession;

    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "ballot_id")
    public String ballotId;

    @Column(name = "decision_session")
    public Integer decisionSession;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<AdmissionRules.Round> rounds;

    /** Moves to another session before the ballot, oldest first; null when it never moved. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "session_moves", columnDefinition = "jsonb")
    public List<AdmissionRules.SessionMove> sessionMoves;

    @Column(name = "outcome_reported_at")
    public Instant outcomeReportedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    /** The recorded outcome, when the application was decided. */
    public AdmissionRules.Outcome outcome() {
        if (status != ApplicationStatus.ADMITTED && status != ApplicationStatus.REJECTED) {
            return null;
        }
        return new AdmissionRules.Outcome(status == ApplicationStatus.ADMITTED ? AdmissionRules.Decision.ADMITTED
                : AdmissionRules.Decision.REJECTED, ballotId, decisionSession, decidedOn, rounds);
    }

    public static List<AdmissionApplication> ofState(String isoCode) {
        return list("isoCode = ?1 order by submittedOn, createdAt", isoCode);
    }
}
