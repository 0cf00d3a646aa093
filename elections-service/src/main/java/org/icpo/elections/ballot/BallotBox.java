package org.icpo.elections.ballot;

import io.quarkus.runtime.LaunchMode;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Seals the ballots of an open round. A vote's row in {@code sealed_ballot} is written in the same transaction as its
 * voter's row in {@code round_participation}, so the database itself can tell which two rows belong together (the
 * transaction id of a row, its position in the table, the write-ahead log). What the box holds is therefore unreadable
 * without a key the database does not have: the receipt and the choice, padded to one length whatever the choice, are
 * encrypted with AES-256-GCM under {@code icpo.elections.ballot-box.key-location} (a file holding 32 random bytes in
 * base64), with the round's id as associated data, so that a sealed ballot can be neither read nor moved to another
 * round. Closing the round opens every ballot, publishes the board in receipt order and empties the box.
 * <p>
 * Every replica needs the same key, and the key must outlive any open round. Outside production (tests, {@code quarkus
 * dev}) a service without a configured key makes one at start and warns: its open rounds cannot be closed after a
 * restart.
 */
@Singleton
public class BallotBox {

    private static final Logger LOG = Logger.getLogger(BallotBox.class);

    /** A receipt: 128 random bits in hex. */
    static final int RECEIPT_LENGTH = 32;
    /** Every choice is padded to this width (the widest the schema allows), so sealed ballots all have one length. */
    static final int CHOICE_WIDTH = 10;
    private static final int NONCE_LENGTH = 12;
    private static final int TAG_BITS = 128;
    /** Nonce, then the encrypted receipt and padded choice, then the tag. */
    static final int SEALED_LENGTH = NONCE_LENGTH + RECEIPT_LENGTH + CHOICE_WIDTH + TAG_BITS / 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    @Inject
    public BallotBox(@ConfigProperty(name = "icpo.elections.ballot-box.key-location") Optional<String> keyLocation) {
        this(keyLocation.map(BallotBox::readKey).orElseGet(BallotBox::temporaryKey));
    }

    BallotBox(SecretKey key) {
        this.key = key;
    }

    /** A receipt and the choice voted with it. */
    public record Ballot(String receipt, String choice) {
    }

    /** The ballot sealed for the round's box. */
    public byte[] seal(UUID roundId, Ballot ballot) {
        if (ballot.receipt().length() != RECEIPT_LENGTH || ballot.choice().isEmpty() || ballot.choice().length() > CHOICE_WIDTH
                || ballot.choice().contains(" ")) {
            throw new IllegalArgumentException("not a ballot: " + ballot);
        }
        byte[] plain = (ballot.receipt() + " ".repeat(CHOICE_WIDTH - ballot.choice().length()) + ballot.choice())
                .getBytes(StandardCharsets.US_ASCII);
        byte[] nonce = new byte[NONCE_LENGTH];
        RANDOM.nextBytes(nonce);
        try {
            Cipher gcm = cipher(Cipher.ENCRYPT_MODE, roundId, nonce);
            return ByteBuffer.allocate(SEALED_LENGTH).put(nonce).put(gcm.doFinal(plain)).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a ballot", e);
        }
    }

    /**
     * The ballot a sealed one holds; fails when it was sealed for another round, with another key, or altered.
     */
    public Ballot open(UUID roundId, byte[] sealed) {
        if (sealed.length != SEALED_LENGTH) {
            throw new IllegalStateException("a sealed ballot of round " + roundId + " has " + sealed.length + " bytes, not " + SEALED_LENGTH);
        }
        byte[] plain;
        try {
            Cipher gcm = cipher(Cipher.DECRYPT_MODE, roundId, Arrays.copyOf(sealed, NONCE_LENGTH));
            plain = gcm.doFinal(sealed, NONCE_LENGTH, sealed.length - NONCE_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed ballot of round " + roundId + " cannot be opened with this service's key "
                    + "(icpo.elections.ballot-box.key-location): it was sealed with another key, for another round, or altered", e);
        }
        String text = new String(plain, StandardCharsets.US_ASCII);
        return new Ballot(text.substring(0, RECEIPT_LENGTH), text.substring(RECEIPT_LENGTH).trim());
    }

    private Cipher cipher(int mode, UUID roundId, byte[] nonce) throws GeneralSecurityException {
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        gcm.updateAAD(ByteBuffer.allocate(16).putLong(roundId.getMostSignificantBits()).putLong(roundId.getLeastSignificantBits()).array());
        return gcm;
    }

    static SecretKey readKey(String location) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(Files.readString(Path.of(location)).strip());
        } catch (IOException e) {
            throw new IllegalStateException("icpo.elections.ballot-box.key-location: cannot read " + location + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("icpo.elections.ballot-box.key-location: " + location + " does not hold base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("icpo.elections.ballot-box.key-location: " + location + " holds " + bytes.length
                    + " bytes; the ballot box key is 32 random bytes in base64 (e.g. head -c 32 /dev/urandom | base64)");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static SecretKey temporaryKey() {
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            throw new IllegalStateException("icpo.elections.ballot-box.key-location is required in production: the key that seals "
                    + "the ballots of open rounds, the same for every replica");
        }
        LOG.warn("No icpo.elections.ballot-box.key-location: the ballots of this process's open rounds are sealed with a key made "
                + "at start, which a restart loses");
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new SecretKeySpec(bytes, "AES");
    }
}
