package org.icpo.elections.board;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The hash chain over a round's public board, so that anyone can check that the published board is
 * the one that was sealed when the round closed. Plain Java, unit-tested. Every hash is SHA-256 in
 * lower-case hex over UTF-8 text; {@code |} separates fields:
 * <pre>
 *   h0     = H("ICPO-BOARD-V1|" + ballotId + "|" + round)
 *   h      = H(h + "|VOTER|" + country)                        for each member who voted, in code order
 *   h_i    = H(h + "|VOTE|" + receipt_i + "|" + choice_i)      for each ballot, in receipt order (entry hash)
 *   head   = H(h + "|RESULT|" + counts + "|" + votesCast + "|" + threshold + "|" + outcome)
 * </pre>
 * where {@code counts} is {@code CHOICE=n} joined by commas in the board's order of choices.
 */
public final class BoardChain {

    public record Entry(String receipt, String choice) {
    }

    public record Sealed(String genesis, List<String> entryHashes, String head) {
    }

    private BoardChain() {
    }

    public static Sealed seal(String ballotId, int round, List<String> voters, List<Entry> entries,
                              Map<String, Integer> counts, int votesCast, int threshold, String outcome) {
        String genesis = sha256("ICPO-BOARD-V1|" + ballotId + "|" + round);
        String h = genesis;
        for (String v : voters) {
            h = sha256(h + "|VOTER|" + v);
        }
        List<String> hashes = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            h = sha256(h + "|VOTE|" + e.receipt() + "|" + e.choice());
            hashes.add(h);
        }
        String head = sha256(h + "|RESULT|" + counts(counts) + "|" + votesCast + "|" + threshold + "|" + outcome);
        return new Sealed(genesis, List.copyOf(hashes), head);
    }

    static String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
