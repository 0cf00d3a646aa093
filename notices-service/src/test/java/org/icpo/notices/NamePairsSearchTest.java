package org.icpo.notices;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The labelled name pairs of name-matching (318 pairs: transliterations across Cyrillic, Arabic, Greek and Latin,
 * typos, swapped order, missing middle names, different people with similar names) run through the whole member
 * search: the stored name of every pair is indexed like a filed notice, the query name is searched through the
 * API (trigram candidates in PostgreSQL, then NameMatcher), and the pair counts as matched when its record is among
 * the results. Recall must reach 0.95 at precision 0.90.
 */
@QuarkusTest
class NamePairsSearchTest extends NoticesTestBase {

    record Pair(String category, boolean same, String queryFamily, String queryForenames, String storedFamily, String storedForenames) {
    }

    static List<Pair> pairs() throws IOException {
        List<Pair> out = new ArrayList<>();
        try (InputStream in = NamePairsSearchTest.class.getResourceAsStream("/org/icpo/names/name-pairs.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 6 || !(f[1].equals("same") || f[1].equals("different"))) {
                    continue;   // the column header
                }
                out.add(new Pair(f[0], f[1].equals("same"), f[2], f[3], f[4], f[5]));
            }
        }
        return out;
    }

    @Test
    void recallAndPrecisionThroughTheSearch() throws IOException {
        List<Pair> pairs = pairs();
        assertTrue(pairs.size() >= 200, "at least 200 labelled pairs");
        List<UUID> ids = new ArrayList<>();
        for (Pair p : pairs) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            data.indexedSubject(id, p.storedFamily(), p.storedForenames());
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> missed = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            List<String> found = as(gs()).queryParam("name", p.queryFamily()).queryParam("forename", p.queryForenames()).queryParam("size", 200)
                    .get("/notices/search").then().statusCode(200).extract().path("items.id");
            boolean hit = found.contains(ids.get(i).toString());
            if (hit && p.same()) {
                tp++;
            } else if (hit) {
                fp++;
                wrong.add(p.category() + ": " + p.queryFamily() + " " + p.queryForenames() + " ~ " + p.storedFamily() + " " + p.storedForenames());
            } else if (p.same()) {
                fn++;
                missed.add(p.category() + ": " + p.queryFamily() + " " + p.queryForenames() + " ~ " + p.storedFamily() + " " + p.storedForenames());
            }
        }
        double recall = tp / (double) (tp + fn);
        double precision = tp / (double) (tp + fp);
        System.out.printf("Member search over %d labelled pairs: recall %.3f (%d/%d), precision %.3f (%d/%d)%nmissed: %s%nwrongly matched: %s%n",
                pairs.size(), recall, tp, tp + fn, precision, tp, tp + fp, missed, wrong);
        assertTrue(recall >= 0.95, "recall " + recall + "; missed " + missed);
        assertTrue(precision >= 0.90, "precision " + precision + "; wrongly matched " + wrong);
    }
}
