package org.icpo.membership.member;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A member country, represented by its police body and National Central Bureau. Never deleted: there is no expulsion. */
@Entity
@Table(name = "member")
public class Member extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Region region;

    @Column(name = "admission_year")
    public Integer admissionYear;

    /** The day it was admitted, where known (recorded from the outcome of its admission ballot); in {@link #admissionYear}. */
    @Column(name = "admitted_on")
    public LocalDate admittedOn;

    @Column(name = "police_body")
    public String policeBody;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    /**
     * Whether it was a member on that day, as far as its admission is known: from the day it was admitted when that day
     * is known, else from its year of admission (a member whose year is not known either, a founding member for
     * instance, was one on any day).
     */
    public boolean memberOn(LocalDate day) {
        if (admittedOn != null) {
            return !day.isBefore(admittedOn);
        }
        return admissionYear == null || day.getYear() >= admissionYear;
    }

    /** When it was admitted, as far as known, for messages: "admitted on 2018-11-21", "admitted in 2017" or null. */
    public String admission() {
        if (admittedOn != null) {
            return "admitted on " + admittedOn;
        }
        return admissionYear == null ? null : "admitted in " + admissionYear;
    }

    public static Optional<Member> byCode(String code) {
        return code == null ? Optional.empty() : findByIdOptional(code.toUpperCase(java.util.Locale.ROOT));
    }
}
