package org.icpo.elections.session;

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

/** A numbered session of the General Assembly (e.g. the 87th, Dubai 2018). */
@Entity
@Table(name = "assembly_session")
public class AssemblySession extends PanacheEntityBase {

    @Id
    public Integer number;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String city;

    @Column(name = "host_country", nullable = false)
    public String hostCountry;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
