package org.icpo.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The local suite's signing key pair and elections-service's ballot box key (generated on first run
 * into {@code .local/keys}, never committed) and a minter of RS256 tokens signed with the pair, for
 * every role of the suite.
 */
public final class DevKeys {

    public static final String ISSUER = "https://auth.icpo.example";
    public static final String AUDIENCE = "icpo";

    private final Path privateKeyFile;
    private final Path publicKeyFile;
    private final Path ballotBoxKeyFile;

    public DevKeys(Path dir) {
        this.privateKeyFile = dir.resolve("privateKey.pem");
        this.publicKeyFile = dir.resolve("publicKey.pem");
        this.ballotBoxKeyFile = dir.resolve("ballot-box.key");
    }

    /** elections-service's key sealing the ballots of open rounds: 32 random bytes in base64. */
    public Path ballotBoxKeyFile() {
        return ballotBoxKeyFile;
    }

    public Path privateKeyFile() {
        return privateKeyFile;
    }

    public Path publicKeyFile() {
        return publicKeyFile;
    }

    /** Creates the key pair and the ballot box key, each unless it exists. */
    public void ensure() throws IOException, GeneralSecurityException {
        Files.createDirectories(privateKeyFile.getParent());
        if (!Files.exists(ballotBoxKeyFile)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(ballotBoxKeyFile, Base64.getEncoder().encodeToString(key) + "\n");
            ownerOnly(ballotBoxKeyFile);
        }
        if (Files.exists(privateKeyFile) && Files.exists(publicKeyFile)) {
            return;
        }
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        KeyPair pair = gen.generateKeyPair();
        Files.writeString(privateKeyFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(publicKeyFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        ownerOnly(privateKeyFile);
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
    }

    /** An RS256 token for a role (and, for an NCB, its country), valid for the given time. */
    public String mint(String subject, String role, String country, Duration validity) throws IOException, GeneralSecurityException {
        Instant now = Instant.now();
        List<String> claims = new ArrayList<>();
        claims.add("\"iss\":\"" + ISSUER + "\"");
        claims.add("\"aud\":\"" + AUDIENCE + "\"");
        claims.add("\"sub\":\"" + subject + "\"");
        claims.add("\"upn\":\"" + subject + "\"");
        claims.add("\"groups\":[\"" + role + "\"]");
        if (country != null) {
            claims.add("\"country\":\"" + country + "\"");
        }
        claims.add("\"iat\":" + now.getEpochSecond());
        claims.add("\"exp\":" + now.plus(validity).getEpochSecond());
        // a service role is granted only under a key id that names it (ServiceKeys), as the services sign their own
        String kid = role.startsWith("svc-") ? role : "local-dev";
        String header = b64(("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}").getBytes(StandardCharsets.UTF_8));
        String payload = b64(("{" + String.join(",", claims) + "}").getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(privateKey());
        rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return header + "." + payload + "." + b64(rsa.sign());
    }

    private PrivateKey privateKey() throws IOException, GeneralSecurityException {
        String pem = Files.readString(privateKeyFile).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
