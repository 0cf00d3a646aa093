package org.icpo.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * Mints test JWTs signed with the test key pair in {@code test-jwt/} (RS256), for every role of the
 * suite, plus the broken tokens an authorization test needs: expired, not yet valid, wrong issuer,
 * wrong audience, signed by another key, unsigned ({@code alg: none}), tampered.
 */
public final class Tokens {

    public static final String ISSUER = "https://auth.icpo.example";
    public static final String AUDIENCE = "icpo";

    private static final PrivateKey KEY = load("test-jwt/privateKey.pem");
    private static final PrivateKey OTHER_KEY = load("test-jwt/otherPrivateKey.pem");

    private Tokens() {
    }

    public static String ncb(String country) {
        return sign(base("ncb-" + country.toLowerCase(), Set.of("ncb")).claim("country", country), KEY);
    }

    public static String secretariat() {
        return sign(base("gs-officer", Set.of("secretariat")), KEY);
    }

    public static String secretariat(String subject) {
        return sign(base(subject, Set.of("secretariat")), KEY);
    }

    public static String ccf() {
        return sign(base("ccf-member", Set.of("ccf")), KEY);
    }

    public static String assembly() {
        return sign(base("assembly-president", Set.of("assembly")), KEY);
    }

    /** A service identity, e.g. {@code service("svc-elections")}, signed under the key id of its role as the services sign theirs. */
    public static String service(String role) {
        return underKeyId(role, role, Set.of(role));
    }

    /** A token with these roles signed under the key id {@code kid} (the test key verifies it whatever the id). */
    public static String underKeyId(String kid, String subject, Set<String> roles) {
        return base(subject, roles).jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256).keyId(kid).sign(KEY);
    }

    public static String withRoles(String subject, Set<String> roles) {
        return sign(base(subject, roles), KEY);
    }

    /** An NCB token without the country claim. */
    public static String ncbWithoutCountry() {
        return sign(base("ncb-unknown", Set.of("ncb")), KEY);
    }

    /** An NCB token whose {@code country} claim is this value, as it is: a malformed code, a number, a list. */
    public static String ncbWithCountryClaim(Object claim) {
        return sign(base("ncb-odd", Set.of("ncb")).claim("country", claim), KEY);
    }

    public static String expired() {
        Instant past = Instant.now().minusSeconds(7200);
        return sign(Jwt.issuer(ISSUER).audience(AUDIENCE).subject("gs-officer").groups(Set.of("secretariat"))
                .issuedAt(past).expiresAt(past.plusSeconds(600)), KEY);
    }

    /** A valid secretariat token that expires at {@code exp}. */
    public static String secretariatExpiringAt(String subject, Instant exp) {
        return sign(Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of("secretariat"))
                .issuedAt(Instant.now()).expiresAt(exp), KEY);
    }

    /** A secretariat token valid from {@code nbf} to {@code exp}: one just outside, or just inside, the allowed clock skew. */
    public static String secretariatValidBetween(Instant nbf, Instant exp) {
        return sign(Jwt.issuer(ISSUER).audience(AUDIENCE).subject("gs-officer").groups(Set.of("secretariat"))
                .issuedAt(nbf).claim("nbf", nbf.getEpochSecond()).expiresAt(exp), KEY);
    }

    public static String notYetValid() {
        Instant now = Instant.now();
        return sign(base("gs-officer", Set.of("secretariat")).claim("nbf", now.plusSeconds(3600).getEpochSecond()), KEY);
    }

    public static String wrongIssuer() {
        return sign(Jwt.issuer("https://evil.example").audience(AUDIENCE).subject("gs-officer").groups(Set.of("secretariat"))
                .expiresIn(600), KEY);
    }

    public static String wrongAudience() {
        return sign(Jwt.issuer(ISSUER).audience("another-system").subject("gs-officer").groups(Set.of("secretariat"))
                .expiresIn(600), KEY);
    }

    public static String signedByOtherKey() {
        return sign(base("gs-officer", Set.of("secretariat")), OTHER_KEY);
    }

    /** An unsigned token ({@code alg: none}) claiming the secretariat role. */
    public static String algNone() {
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        long exp = Instant.now().plusSeconds(600).getEpochSecond();
        String payload = b64("{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"gs-officer\",\"groups\":[\"secretariat\"],\"exp\":" + exp + "}");
        return header + "." + payload + ".";
    }

    /** A validly signed NCB token whose payload was then changed to claim the secretariat role. */
    public static String tampered() {
        String[] parts = ncb("FR").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"ncb\"", "\"secretariat\"");
        return parts[0] + "." + b64(payload) + "." + parts[2];
    }

    private static JwtClaimsBuilder base(String subject, Set<String> roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).upn(subject).groups(roles).expiresIn(3600);
    }

    private static String sign(JwtClaimsBuilder claims, PrivateKey key) {
        return claims.jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256).sign(key);
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static PrivateKey load(String resource) {
        try (var in = Tokens.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test key " + resource);
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot load test key " + resource, e);
        }
    }
}
