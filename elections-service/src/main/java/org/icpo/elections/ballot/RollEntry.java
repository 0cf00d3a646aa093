package org.icpo.elections.ballot;

import io.quarkus.hibernate.orm.panache.Panache;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A member on the voter roll frozen when a round opened. */
@Schema(name = "RollEntry")
public record RollEntry(@Schema(examples = "FR") String country, boolean mayVote,
                        @Schema(description = "Why the member may not vote") String reason) {

    @SuppressWarnings("unchecked")
    static List<RollEntry> of(BallotRound r) {
        List<Object[]> rows = Panache.getEntityManager()
                .createNativeQuery("select country, may_vote, reason from round_roll where round_id = ?1 order by country")
                .setParameter(1, r.id).getResultList();
        return rows.stream().map(row -> new RollEntry((String) row[0], Boolean.TRUE.equals(row[1]), (String) row[2])).toList();
    }
}
