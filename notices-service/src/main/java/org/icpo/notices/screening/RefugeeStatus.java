package org.icpo.notices.screening;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A person recognized as a refugee, recorded by a member or by the CCF, with the country fled. */
@Entity
@Table(name = "refugee_status")
public class RefugeeStatus extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "family_name", nullable = false)
    public String familyName;

    public String forename;

    @Column(name = "family_folded", nullable = false)
    public String familyFolded;

    @Column(name = "forename_folded", nullable = false)
    public String forenameFolded;

    @Column(name = "date_of_birth")
    public String dateOfBirth;

    public String nationality;

    @Column(name = "country_fled", nullable = false)
    public String countryFled;

    @Column(name = "recognized_by", nullable = false)
    public String recognizedBy;

    @Column(name = "recognized_on", nullable = false)
    public LocalDate recognizedOn;

    @Column(nullable = false)
    public String reference;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Version
    public long version;

    /**
     * Records in force of the same person: same folded family name; same folded forename, or no forename on either
     * side (an unknown forename matches any, as an unknown date of birth does: {@link Screening#compatibleForenames});
     * compatible dates of birth; not withdrawn.
     */
    public static List<RefugeeStatus> matching(String familyFolded, String forenameFolded, String dateOfBirth) {
        return RefugeeStatus.<RefugeeStatus>list("familyFolded = ?1 and withdrawnAt is null order by recordedAt", familyFolded)
                .stream().filter(r -> Screening.compatibleForenames(r.forenameFolded, forenameFolded))
                .filter(r -> Screening.compatibleDates(r.dateOfBirth, dateOfBirth)).toList();
    }
}
