package org.icpo.membership.contribution;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A member's statutory contribution for one financial year, with the payments made against it. */
@Entity
@Table(name = "contribution")
public class Contribution extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "member_code", nullable = false)
    public String memberCode;

    @Column(name = "financial_year", nullable = false)
    public int financialYear;

    @Column(name = "amount_due", nullable = false, precision = 14, scale = 2)
    public BigDecimal amountDue;

    @Column(nullable = false)
    public String currency;

    @Column(name = "assessed_on", nullable = false)
    public LocalDate assessedOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    @OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @JoinColumn(name = "contribution_id", nullable = false, updatable = false)
    @OrderBy("paidOn, createdAt")
    public List<ContributionPayment> payments = new ArrayList<>();

    public BigDecimal paidAsOf(LocalDate date) {
        return payments.stream().filter(p -> !p.paidOn.isAfter(date)).map(p -> p.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static Optional<Contribution> of(String memberCode, int year) {
        return find("memberCode = ?1 and financialYear = ?2", memberCode, year).firstResultOptional();
    }

    public static List<Contribution> ofMember(String memberCode) {
        return list("memberCode = ?1 order by financialYear", memberCode);
    }

    /** Contributions of the given members for a range of years, in one query. */
    public static List<Contribution> forYears(Collection<String> memberCodes, int fromYear, int toYear) {
        return list("select distinct c from Contribution c left join fetch c.payments where c.memberCode in ?1 and c.financialYear between ?2 and ?3",
                memberCodes, fromYear, toYear);
    }
}
