package org.icpo.notices.request;

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
import org.icpo.notices.review.RefusalGround;
import org.icpo.notices.screening.Screening;
import org.icpo.notices.workflow.RecordKind;
import org.icpo.notices.workflow.Status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A notice request or a diffusion: the subject, the type-specific data, the results of the automatic
 * checks and of the screening, the review and the lifecycle. JSON columns hold what is stored as
 * submitted; the subject's searchable data also has its own columns.
 */
@Entity
@Table(name = "notice_record")
public class NoticeRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecordKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoticeType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "requester_country", nullable = false)
    public String requesterCountry;

    @Column(name = "filed_by", nullable = false)
    public String filedBy;

    @Column(name = "filed_at", nullable = false)
    public Instant filedAt;

    @Column(name = "family_name")
    public String familyName;

    public String forename;

    @Column(name = "family_name_original")
    public String familyNameOriginal;

    @Column(name = "forename_original")
    public String forenameOriginal;

    @Column(name = "original_script")
    public String originalScript;

    @Enumerated(EnumType.STRING)
    public Sex sex;

    @Column(name = "dob_year")
    public Integer dobYear;

    @Column(name = "dob_month")
    public Integer dobMonth;

    @Column(name = "dob_day")
    public Integer dobDay;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public String nationalities;

    @Column(name = "subject_key", nullable = false)
    public String subjectKey;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public String subject;

    @Column(name = "case_summary", nullable = false)
    public String caseSummary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String red;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "type_data", columnDefinition = "jsonb", nullable = false)
    public String typeData;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String justification;

    @Column(name = "public_extract", nullable = false)
    public boolean publicExtract;

    @Column(name = "new_facts")
    public String newFacts;

    @Column(name = "to_all", nullable = false)
    public boolean toAll = true;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public String checks;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "measures_at_filing", columnDefinition = "jsonb", nullable = false)
    public String measuresAtFiling;

    @Column(name = "four_eyes", nullable = false)
    public boolean fourEyes;

    @Column(name = "risk_score", nullable = false)
    public int riskScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false)
    public Screening.Level riskLevel;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "risk_flags", columnDefinition = "jsonb", nullable = false)
    public String riskFlags;

    @Column(name = "screened_at", nullable = false)
    public Instant screenedAt;

    /** When the record (last) entered the review queue: the age used to order the queue. */
    @Column(name = "queued_at", nullable = false)
    public Instant queuedAt;

    @Column(name = "first_reviewer")
    public String firstReviewer;

    @Column(name = "first_reviewed_at")
    public Instant firstReviewedAt;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_ground")
    public RefusalGround refusalGround;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(name = "renewal_requested_at")
    public Instant renewalRequestedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "close_reason")
    public String closeReason;

    @Column(name = "closed_by")
    public String closedBy;

    @Version
    public long version;

    /** Public identifier: {@code publicYear/publicNumber} (entity_id of the public notices API). */
    @Column(name = "public_year", nullable = false)
    public int publicYear;

    @Column(name = "public_number", nullable = false)
    public int publicNumber;

    /** The public list the notice belongs to when its extract is public (RED, YELLOW, UN_PERSON, UN_ENTITY), else null. */
    @Column(name = "public_category")
    public String publicCategory;

    /** Folded ASCII words of names, places, charges and marks: the public free-text filter. */
    @Column(name = "public_text", nullable = false)
    public String publicText = "";

    /** {@link #publicText} plus the case summary: the free-text filter of the member search. */
    @Column(name = "search_text", nullable = false)
    public String searchText = "";

    /** {@code YEAR/NUMBER}. */
    public String entityId() {
        return publicYear + "/" + publicNumber;
    }

    public String dateOfBirth() {
        if (dobYear == null) {
            return null;
        }
        return new org.icpo.notices.subject.PartialDate(dobYear, dobMonth, dobDay).toString();
    }
}
