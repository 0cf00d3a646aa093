package org.icpo.notices.ccf;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.icpo.notices.screening.Screening;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Left by a CCF deletion: the same member cannot file an identical request for the person without new facts. */
@Entity
@Table(name = "ccf_deletion_block")
public class CcfDeletionBlock extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "record_id", nullable = false)
    public UUID recordId;

    @Column(name = "ccf_request_id", nullable = false)
    public UUID ccfRequestId;

    @Column(name = "requester_country", nullable = false)
    public String requesterCountry;

    @Column(name = "subject_key", nullable = false)
    public String subjectKey;

    @Column(name = "family_folded", nullable = false)
    public String familyFolded;

    @Column(name = "forename_folded", nullable = false)
    public String forenameFolded;

    @Column(name = "date_of_birth")
    public String dateOfBirth;

    @Column(nullable = false)
    public String reason;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    /**
     * Deletions concerning the same person, by any member: the same folded family name, and forenames and dates of birth
     * that {@link Screening#samePersonAsDeleted} finds the same person's (an unknown forename or date matches any).
     */
    public static List<CcfDeletionBlock> matching(String familyFolded, String forenameFolded, String dateOfBirth) {
        return CcfDeletionBlock.<CcfDeletionBlock>list("familyFolded = ?1 order by decidedOn", familyFolded).stream()
                .filter(b -> Screening.samePersonAsDeleted(b.forenameFolded, b.dateOfBirth, forenameFolded, dateOfBirth)).toList();
    }

    public String describe() {
        return "CCF decision of " + decidedOn + " on request " + ccfRequestId + ": " + reason;
    }
}
