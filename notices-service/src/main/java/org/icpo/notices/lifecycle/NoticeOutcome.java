package org.icpo.notices.lifecycle;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An outcome of a notice: the person was located, arrested or extradited (when, where, to where). */
@Entity
@Table(name = "notice_outcome")
public class NoticeOutcome extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "record_id", nullable = false)
    public UUID recordId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OutcomeKind kind;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    @Column(nullable = false)
    public String country;

    @Column(name = "to_country")
    public String toCountry;

    public String details;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_country")
    public String recordedCountry;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static List<NoticeOutcome> of(UUID recordId) {
        return list("recordId = ?1 order by occurredOn, recordedAt", recordId);
    }
}
