package org.icpo.elections.board;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class BoardChainTest {

    static final List<String> VOTERS = List.of("AT", "BE", "FR");
    static final List<BoardChain.Entry> ENTRIES = List.of(new BoardChain.Entry("0a", "YES"), new BoardChain.Entry("7f", "NO"),
            new BoardChain.Entry("c3", "YES"));

    static Map<String, Integer> counts(int yes, int no, int abstain) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("YES", yes);
        m.put("NO", no);
        m.put("ABSTAIN", abstain);
        return m;
    }

    static BoardChain.Sealed seal(List<String> voters, List<BoardChain.Entry> entries, Map<String, Integer> counts, String outcome) {
        return BoardChain.seal("b-1", 1, voters, entries, counts, 3, 2, outcome);
    }

    @Test
    void chainFollowsThePublishedRule() {
        BoardChain.Sealed s = seal(VOTERS, ENTRIES, counts(2, 1, 0), "PASSED");
        String h = BoardChain.sha256("ICPO-BOARD-V1|b-1|1");
        assertEquals(h, s.genesis());
        for (String v : VOTERS) {
            h = BoardChain.sha256(h + "|VOTER|" + v);
        }
        for (int i = 0; i < ENTRIES.size(); i++) {
            h = BoardChain.sha256(h + "|VOTE|" + ENTRIES.get(i).receipt() + "|" + ENTRIES.get(i).choice());
            assertEquals(h, s.entryHashes().get(i));
        }
        assertEquals(BoardChain.sha256(h + "|RESULT|YES=2,NO=1,ABSTAIN=0|3|2|PASSED"), s.head());
        assertEquals(64, s.head().length());
    }

    @Test
    void sameBoardSameHead() {
        assertEquals(seal(VOTERS, ENTRIES, counts(2, 1, 0), "PASSED").head(), seal(VOTERS, ENTRIES, counts(2, 1, 0), "PASSED").head());
    }

    @Test
    void anyAlterationChangesTheHead() {
        String head = seal(VOTERS, ENTRIES, counts(2, 1, 0), "PASSED").head();
        assertNotEquals(head, seal(VOTERS, List.of(ENTRIES.get(0), new BoardChain.Entry("7f", "YES"), ENTRIES.get(2)), counts(2, 1, 0), "PASSED").head());
        assertNotEquals(head, seal(VOTERS, List.of(ENTRIES.get(0), new BoardChain.Entry("7e", "NO"), ENTRIES.get(2)), counts(2, 1, 0), "PASSED").head());
        assertNotEquals(head, seal(VOTERS, List.of(ENTRIES.get(1), ENTRIES.get(0), ENTRIES.get(2)), counts(2, 1, 0), "PASSED").head());
        assertNotEquals(head, seal(VOTERS, ENTRIES.subList(0, 2), counts(2, 1, 0), "PASSED").head());
        assertNotEquals(head, seal(List.of("AT", "BE", "DE"), ENTRIES, counts(2, 1, 0), "PASSED").head());
        assertNotEquals(head, seal(VOTERS, ENTRIES, counts(3, 0, 0), "PASSED").head());
        assertNotEquals(head, seal(VOTERS, ENTRIES, counts(2, 1, 0), "FAILED").head());
        assertNotEquals(head, BoardChain.seal("b-2", 1, VOTERS, ENTRIES, counts(2, 1, 0), 3, 2, "PASSED").head());
        assertNotEquals(head, BoardChain.seal("b-1", 2, VOTERS, ENTRIES, counts(2, 1, 0), 3, 2, "PASSED").head());
        assertNotEquals(head, BoardChain.seal("b-1", 1, VOTERS, ENTRIES, counts(2, 1, 0), 3, 3, "PASSED").head());
    }

    @Test
    void alteringAnEntryChangesItsHashAndAllLaterOnes() {
        BoardChain.Sealed a = seal(VOTERS, ENTRIES, counts(2, 1, 0), "PASSED");
        BoardChain.Sealed b = seal(VOTERS, List.of(ENTRIES.get(0), new BoardChain.Entry("7f", "ABSTAIN"), ENTRIES.get(2)), counts(2, 1, 0), "PASSED");
        assertEquals(a.entryHashes().get(0), b.entryHashes().get(0));
        assertNotEquals(a.entryHashes().get(1), b.entryHashes().get(1));
        assertNotEquals(a.entryHashes().get(2), b.entryHashes().get(2));
    }

    @Test
    void emptyBoardStillSeals() {
        BoardChain.Sealed s = BoardChain.seal("b-1", 1, List.of(), List.of(), counts(0, 0, 0), 0, 1, "FAILED");
        assertEquals(List.of(), s.entryHashes());
        assertEquals(BoardChain.sha256(s.genesis() + "|RESULT|YES=0,NO=0,ABSTAIN=0|0|1|FAILED"), s.head());
    }
}
