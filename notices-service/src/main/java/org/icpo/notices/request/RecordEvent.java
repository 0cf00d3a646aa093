package org.icpo.notices.request;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.icpo.notices.workflow.Action;
import org.icpo.notices.workflow.Actor;
import org.icpo.notices.workflow.Status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One transition of a record: who moved it, when, from which status to which, and why. */
@Entity
@Immutable
@Table(name = "record_event")
public class RecordEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "record_id", nullable = false)
    public UUID recordId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public Status fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public Status toStatus;

    @Column(nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", nullable = false)
    public Actor actorRole;

    @Column(name = "actor_country")
    public String actorCountry;

    public String reason;

    public String ground;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public String details;

    public static List<RecordEvent> of(UUID recordId) {
        return list("recordId = ?1 order by id", recordId);
    }
}
