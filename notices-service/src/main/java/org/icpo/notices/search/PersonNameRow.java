package org.icpo.notices.search;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * One spelling of a subject's name with its normalized forms ({@link org.icpo.names.NameForms}), computed once on
 * write. The member search scores its candidates against these spellings (the candidates themselves come from the
 * record's search keys, {@link NameKeyIndex}); the public lists filter on the trigram-indexed {@code family_ascii} and
 * {@code forename_ascii}.
 */
@Entity
@Table(name = "person_name")
public class PersonNameRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "record_id", nullable = false)
    public UUID recordId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String family;

    @Column(nullable = false)
    public String forenames;

    @Column(nullable = false)
    public String script;

    @Column(name = "name_latin", nullable = false)
    public String nameLatin;

    @Column(name = "name_ascii", nullable = false)
    public String nameAscii;

    @Column(name = "name_sorted", nullable = false)
    public String nameSorted;

    @Column(name = "name_skeleton", nullable = false)
    public String nameSkeleton;

    @Column(name = "family_ascii", nullable = false)
    public String familyAscii;

    @Column(name = "forename_ascii", nullable = false)
    public String forenameAscii;

    /** {@link org.icpo.names.NameForms#familyAscii()}: with the columns above, what {@code NameForms.restore} needs. */
    @Column(name = "match_family")
    public String matchFamily;

    /** {@link org.icpo.names.NameForms#forenamesAscii()}. */
    @Column(name = "match_forenames")
    public String matchForenames;
}
