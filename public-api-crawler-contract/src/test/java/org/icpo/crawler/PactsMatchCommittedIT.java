package org.icpo.crawler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs after the consumer tests: the pacts they wrote (target/pacts) must be the ones committed in
 * contracts/, which membership-service verifies in the same build. A consumer change that alters a
 * pact must be committed together with the updated contract, with the provider still green.
 */
class PactsMatchCommittedIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void generatedPactsAreTheCommittedOnes() throws IOException {
        Path generated = Path.of(System.getProperty("pact.rootDir", "target/pacts"));
        Path committed = Path.of(System.getProperty("icpo.root", "..")).resolve("contracts");
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(generated)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                Path mine = committed.resolve(file.getFileName());
                if (!Files.exists(mine)) {
                    problems.add(file.getFileName() + " is new: copy " + file + " to contracts/ and commit it");
                } else if (!comparable(file).equals(comparable(mine))) {
                    problems.add(file.getFileName() + " differs from the committed contract: the consumer's expectations changed."
                            + " Run the provider's verification against " + file + ", then copy it to contracts/ and commit it");
                }
            }
        }
        assertTrue(problems.isEmpty(), "consumer pacts vs contracts/: " + problems);
    }

    /** The pact without its metadata (library versions), so only the interactions count. */
    private static JsonNode comparable(Path file) throws IOException {
        ObjectNode pact = (ObjectNode) JSON.readTree(file.toFile());
        pact.remove("metadata");
        return pact;
    }
}
