package org.icpo.membership.contribution;

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
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** A member's appeal against the loss of its vote and eligibility for arrears, for one financial year. */
@Entity
@Table(name = "arrears_appeal")
public class ArrearsAppeal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "member_code", nullable = false)
    public String memberCode;

    @Column(name = "financial_year", nullable = false)
    public int financialYear;

    @Column(name = "lodged_on", nullable = false)
    public LocalDate lodgedOn;

    @Column(nullable = false)
    public String grounds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AppealOutcome outcome;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public static List<ArrearsAppeal> ofMember(String memberCode) {
        return list("memberCode = ?1 order by lodgedOn, createdAt", memberCode);
    }

    public static List<ArrearsAppeal> forYears(Collection<String> memberCodes, int fromYear, int toYear) {
        return list("memberCode in ?1 and financialYear between ?2 and ?3", memberCodes, fromYear, toYear);
    }
}
