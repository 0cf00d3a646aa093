package org.icpo.notices.subject;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A photograph of the subject, stored in the database after its type and size were checked. */
@Entity
@Table(name = "subject_photo")
public class SubjectPhoto extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "record_id", nullable = false)
    public UUID recordId;

    @Column(nullable = false)
    public int position;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] data;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    @Column(name = "added_by", nullable = false)
    public String addedBy;

    public static List<SubjectPhoto> of(UUID recordId) {
        return list("recordId = ?1 order by position", recordId);
    }

    public static long countOf(UUID recordId) {
        return count("recordId", recordId);
    }
}
