package org.icpo.notices.diffusion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A member a diffusion is addressed to (a diffusion to all members has none). */
@Entity
@Table(name = "diffusion_recipient")
@IdClass(DiffusionRecipient.Key.class)
public class DiffusionRecipient extends PanacheEntityBase {

    @Id
    @Column(name = "record_id")
    public UUID recordId;

    @Id
    public String country;

    public static List<String> of(UUID recordId) {
        return DiffusionRecipient.<DiffusionRecipient>list("recordId = ?1 order by country", recordId).stream().map(r -> r.country).toList();
    }

    public static class Key implements Serializable {
        public UUID recordId;
        public String country;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(recordId, k.recordId) && Objects.equals(country, k.country);
        }

        @Override
        public int hashCode() {
            return Objects.hash(recordId, country);
        }
    }
}
