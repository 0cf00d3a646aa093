package org.icpo.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The labelled name pairs shipped in the module ({@code org/icpo/names/name-pairs.tsv}). */
final class NamePairs {

    static final String RESOURCE = "/org/icpo/names/name-pairs.tsv";

    record Pair(int line, String category, boolean same, String queryFamily, String queryForenames,
                String storedFamily, String storedForenames) {

        String describe() {
            return String.format("line %d [%s, %s] %s, %s  vs  %s, %s", line, category, same ? "same" : "different",
                    queryFamily, queryForenames, storedFamily, storedForenames);
        }
    }

    private NamePairs() {
    }

    static List<Pair> load() {
        try (InputStream in = NamePairs.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Pair> pairs = new ArrayList<>();
            String line;
            int number = 0;
            boolean header = false;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (!header) {
                    if (!f[0].equals("category")) {
                        throw new IllegalStateException("missing header at line " + number);
                    }
                    header = true;
                    continue;
                }
                if (f.length != 6) {
                    throw new IllegalStateException("line " + number + ": expected 6 columns, got " + f.length);
                }
                if (!f[1].equals("same") && !f[1].equals("different")) {
                    throw new IllegalStateException("line " + number + ": label must be same or different");
                }
                pairs.add(new Pair(number, f[0], f[1].equals("same"), f[2], f[3], f[4], f[5]));
            }
            return pairs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
