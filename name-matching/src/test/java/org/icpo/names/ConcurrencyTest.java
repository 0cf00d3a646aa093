package org.icpo.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** ICU transliterators are not thread-safe: normalizing from many threads at once must give the same forms. */
class ConcurrencyTest {

    @Test
    void concurrentNormalizationGivesIdenticalResults() throws Exception {
        List<NamePairs.Pair> pairs = NamePairs.load();
        List<String> expected = new ArrayList<>();
        for (NamePairs.Pair p : pairs) {
            expected.add(describe(NameForms.of(p.storedFamily(), p.storedForenames())));
            expected.add(describe(NameForms.of(p.queryFamily(), p.queryForenames())));
        }
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                Callable<List<String>> work = () -> {
                    start.await();
                    List<String> out = new ArrayList<>(expected.size());
                    for (int round = 0; round < 3; round++) {
                        out.clear();
                        // every thread walks the pairs from another starting point, so that the same
                        // transliterator kinds are in use at the same moment in different threads
                        int n = pairs.size();
                        String[] slot = new String[2 * n];
                        for (int k = 0; k < n; k++) {
                            int i = (k + offset * 37) % n;
                            NamePairs.Pair p = pairs.get(i);
                            slot[2 * i] = describe(NameForms.of(p.storedFamily(), p.storedForenames()));
                            slot[2 * i + 1] = describe(NameForms.of(p.queryFamily(), p.queryForenames()));
                        }
                        out.addAll(List.of(slot));
                    }
                    return out;
                };
                results.add(pool.submit(work));
            }
            start.countDown();
            for (Future<List<String>> r : results) {
                assertThat(r.get()).containsExactlyElementsOf(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String describe(NameForms f) {
        return f.latin() + "|" + f.asciiFull() + "|" + f.sortedTokens() + "|" + f.phoneticKey() + "|" + f.skeletonKey()
                + "|" + f.tokens();
    }
}
