package org.icpo.elections.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An outcome to deliver to membership-service, written in the transaction that decided the ballot. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {

    /** PENDING until acknowledged (DELIVERED) or refused for good by membership-service (REFUSED, not retried). */
    @Schema(name = "OutboxStatus")
    public enum Status { PENDING, DELIVERED, REFUSED }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String kind;

    @Column(name = "ballot_id", nullable = false)
    public UUID ballotId;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Version
    public long version;

    public static Optional<OutboxMessage> ofBallot(UUID ballotId) {
        return find("ballotId", ballotId).firstResultOptional();
    }
}
