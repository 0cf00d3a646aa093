package org.icpo.membership.contribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A payment against a contribution. Payments are facts: recorded once, never changed. */
@Entity
@Immutable
@Table(name = "contribution_payment")
public class ContributionPayment {

    @Id
    public UUID id;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    @Column(name = "paid_on", nullable = false)
    public LocalDate paidOn;

    public String reference;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
