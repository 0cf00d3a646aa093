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

    /** Deletions concerning the same person (same folded names, compatible dates of birth), by any member. */
    public static List<CcfDeletionBlock> matching(String familyFolded, String forenameFolded, String dateOfBirth) {
        return CcfDeletionBlock.<CcfDeletionBlock>list("familyFolded = ?1 and forenameFolded = ?2 order by decidedOn", familyFolded, forenameFolded)
                .stream().filter(b -> Screening.compatibleDates(b.dateOfBirth, dateOfBirth)).toList();
    }

    public String describe() {
        return "CCF decision of " + decidedOn + " on request " + ccfRequestId + ": " + reason;
    }
}
