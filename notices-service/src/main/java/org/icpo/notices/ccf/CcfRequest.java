package org.icpo.notices.ccf;

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
import java.util.UUID;

/** A person's request to the CCF about a notice or diffusion: access, correction or deletion. */
@Entity
@Table(name = "ccf_request")
public class CcfRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "record_id", nullable = false)
    public UUID recordId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CcfKind kind;

    @Column(nullable = false)
    public String applicant;

    @Column(nullable = false)
    public String grounds;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CcfStatus status;

    @Column(name = "admissibility_on")
    public LocalDate admissibilityOn;

    @Column(name = "admissibility_reason")
    public String admissibilityReason;

    public LocalDate deadline;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    public CcfOutcome outcome;

    @Column(name = "decision_reason")
    public String decisionReason;

    public String correction;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
