package org.icpo.elections.ballot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.spec.SecretKeySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sealing and opening ballots: only with the key, only for the round they were cast in, all of one length. */
class BallotBoxTest {

    static final String RECEIPT = "9f86d081884c7d659a2feaa0c55ad015";

    static BallotBox box(int seed) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) seed);
        return new BallotBox(new SecretKeySpec(key, "AES"));
    }

    @Test
    void aSealedBallotOpensToItsReceiptAndChoice() {
        UUID round = UUID.randomUUID();
        BallotBox box = box(1);
        for (String choice : new String[]{"YES", "NO", "ABSTAIN", "FR"}) {
            BallotBox.Ballot ballot = new BallotBox.Ballot(RECEIPT, choice);
            byte[] sealed = box.seal(round, ballot);
            assertEquals(BallotBox.SEALED_LENGTH, sealed.length, choice);
            assertEquals(ballot, box.open(round, sealed));
        }
    }

    @Test
    void theSameBallotSealedTwiceGivesDifferentBytes() {
        UUID round = UUID.randomUUID();
        BallotBox.Ballot ballot = new BallotBox.Ballot(RECEIPT, "YES");
        byte[] first = box(1).seal(round, ballot);
        byte[] second = box(1).seal(round, ballot);
        assertFalse(java.util.Arrays.equals(first, second), "a fresh nonce each time: equal choices are not equal rows");
    }

    @Test
    void aBallotOpensNeitherInAnotherRoundNorWithAnotherKeyNorAltered() {
        UUID round = UUID.randomUUID();
        byte[] sealed = box(1).seal(round, new BallotBox.Ballot(RECEIPT, "YES"));
        IllegalStateException moved = assertThrows(IllegalStateException.class, () -> box(1).open(UUID.randomUUID(), sealed));
        assertTrue(moved.getMessage().contains("sealed with another key, for another round, or altered"), moved.getMessage());
        assertThrows(IllegalStateException.class, () -> box(2).open(round, sealed));
        byte[] altered = sealed.clone();
        altered[20] ^= 1;
        assertThrows(IllegalStateException.class, () -> box(1).open(round, altered));
        assertThrows(IllegalStateException.class, () -> box(1).open(round, java.util.Arrays.copyOf(sealed, 69)));
    }

    @Test
    void onlyReceiptsAndChoicesThatFitAreSealed() {
        UUID round = UUID.randomUUID();
        assertThrows(IllegalArgumentException.class, () -> box(1).seal(round, new BallotBox.Ballot("abc", "YES")));
        assertThrows(IllegalArgumentException.class, () -> box(1).seal(round, new BallotBox.Ballot(RECEIPT, "ABSTAINING1")));
        assertThrows(IllegalArgumentException.class, () -> box(1).seal(round, new BallotBox.Ballot(RECEIPT, "")));
    }

    @Test
    void theKeyFileHolds32BytesInBase64(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good");
        byte[] key = new byte[32];
        key[0] = 7;
        Files.writeString(good, Base64.getEncoder().encodeToString(key) + "\n");
        assertArrayEquals(key, BallotBox.readKey(good.toString()).getEncoded());

        Path shortKey = dir.resolve("short");
        Files.writeString(shortKey, Base64.getEncoder().encodeToString(new byte[16]));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> BallotBox.readKey(shortKey.toString()));
        assertTrue(e.getMessage().contains("holds 16 bytes; the ballot box key is 32 random bytes in base64"), e.getMessage());

        Path notBase64 = dir.resolve("text");
        Files.writeString(notBase64, "not base64 at all!");
        assertThrows(IllegalStateException.class, () -> BallotBox.readKey(notBase64.toString()));
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> BallotBox.readKey(dir.resolve("none").toString()));
        assertTrue(missing.getMessage().startsWith("icpo.elections.ballot-box.key-location: cannot read"), missing.getMessage());
    }
}
