package org.icpo.elections.ballot;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReceiptTest {

    @Test
    void receiptsAreRandom128BitHexWithoutOrder() {
        Set<String> seen = new HashSet<>();
        String previous = "";
        int ascending = 0;
        for (int i = 0; i < 10_000; i++) {
            String r = VoteService.newReceipt();
            assertTrue(r.matches("[0-9a-f]{32}"), r);
            assertTrue(seen.add(r), "unique");
            if (r.compareTo(previous) > 0) {
                ascending++;
            }
            previous = r;
        }
        // issue order says nothing about receipt order: about half of consecutive pairs ascend
        assertTrue(ascending > 4_500 && ascending < 5_500, "ascending pairs: " + ascending);
        assertEquals(10_000, seen.size());
    }
}
