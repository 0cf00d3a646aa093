package org.icpo.membership.measure;

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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A measure imposed on a member; lifted measures stay as history. */
@Entity
@Table(name = "measure")
public class Measure extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "member_code", nullable = false)
    public String memberCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeasureKind kind;

    @Column(nullable = false)
    public String reason;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "endorsed_on")
    public LocalDate endorsedOn;

    /** Comma-separated {@link AccessRight}s withdrawn by an ACCESS_SUSPENSION; null for other kinds. */
    @Column(name = "suspended_rights")
    public String suspendedRights;

    @Column(name = "lifted_on")
    public LocalDate liftedOn;

    @Column(name = "lift_reason")
    public String liftReason;

    @Column(name = "lift_decided_by")
    public String liftDecidedBy;

    @Column(name = "imposed_by", nullable = false)
    public String imposedBy;

    @Column(name = "lifted_by")
    public String liftedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public Set<AccessRight> suspendedRightsSet() {
        if (suspendedRights == null || suspendedRights.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(suspendedRights.split(",")).map(AccessRight::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AccessRight.class)));
    }

    public static String encodeRights(Set<AccessRight> rights) {
        return rights.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static List<Measure> ofMember(String code) {
        return list("memberCode = ?1 order by effectiveFrom, createdAt", code);
    }

    /** Measures not lifted as of today or later; filtered per date by the standing rules. */
    public static List<Measure> notLiftedBefore(LocalDate date) {
        return list("liftedOn is null or liftedOn > ?1", date);
    }
}
