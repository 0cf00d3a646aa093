package org.icpo.elections.board;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The public board of a closed round. */
public final class BoardDtos {

    private BoardDtos() {
    }

    @Schema(name = "BoardEntry", description = "One ballot: its receipt and choice, and the chain hash up to it")
    public record Entry(int position, String receipt, String choice, String hash) {
    }

    @Schema(name = "BoardChoice", description = "What a choice stands for (a candidate in an office election)")
    public record ChoiceLabel(String choice, String label) {
    }

    @Schema(name = "BoardChain")
    public record Chain(@Schema(examples = "SHA-256") String algorithm, String genesis,
                       @Schema(description = "Head hash sealed when the round closed") String headHash,
                       @Schema(description = "Head hash recomputed now from the entries below") String recomputedHeadHash,
                       @Schema(description = "True when the board is the one sealed at closing") boolean verified,
                       @Schema(description = "How to recompute the chain") String rule) {
    }

    @Schema(name = "Board", description = "Public board of a closed round: the roll of members who voted, every receipt with its choice "
            + "in receipt order (unrelated to the voting order), the counts, the threshold, the outcome and the hash chain")
    public record Board(UUID ballotId, String ballotKind, String title, int round, Instant closedAt,
                        @Schema(description = "Members who voted, in code order") List<String> voters,
                        List<ChoiceLabel> choices, List<Entry> entries,
                        Map<String, Integer> counts, int votesCast, int abstentions, int threshold, String majorityRule,
                        @Schema(description = "Members of the Organization when the round opened (the base of a constitutional amendment)") int membersTotal,
                        String outcome, String elected,
                        @Schema(description = "True when the counts equal a recount of the entries and the number of voters") boolean countsMatchEntries,
                        Chain chain) {
    }
}
