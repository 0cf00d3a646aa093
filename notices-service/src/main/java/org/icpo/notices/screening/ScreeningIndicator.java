package org.icpo.notices.screening;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;

/** A maintained Article 3 indicator: a term, its language and the character it suggests. */
@Entity
@Table(name = "screening_indicator")
public class ScreeningIndicator extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String term;

    @Column(nullable = false)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Article3Category category;

    @Column(nullable = false)
    public boolean active = true;

    public String note;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static List<Screening.Indicator> activeIndicators() {
        return ScreeningIndicator.<ScreeningIndicator>list("active = true order by id").stream()
                .map(i -> new Screening.Indicator(i.term, i.language, i.category)).toList();
    }
}
