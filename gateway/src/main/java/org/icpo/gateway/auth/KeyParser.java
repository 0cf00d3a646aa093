package org.icpo.gateway.auth;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads verification keys in the formats {@code mp.jwt.verify.publickey(.location)} accepts: PEM
 * public keys (RSA or EC), PEM certificates, a JWK, a JWK set (as served by an OIDC provider's JWKS
 * endpoint) or bare base64 DER.
 */
public final class KeyParser {

    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]+)-----END \\1-----");

    private KeyParser() {
    }

    public static List<JsonWebKey> parse(String content) {
        String text = content.trim();
        try {
            if (text.startsWith("{")) {
                if (text.contains("\"keys\"")) {
                    List<JsonWebKey> keys = new JsonWebKeySet(text).getJsonWebKeys();
                    if (keys.isEmpty()) {
                        throw new IllegalArgumentException("the key set holds no usable key");
                    }
                    return keys;
                }
                return List.of(JsonWebKey.Factory.newJwk(text));
            }
            List<JsonWebKey> keys = new ArrayList<>();
            Matcher m = PEM.matcher(text);
            while (m.find()) {
                byte[] der = Base64.getMimeDecoder().decode(m.group(2).trim());
                keys.add(PublicJsonWebKey.Factory.newPublicJwk(m.group(1).equals("CERTIFICATE") ? certificateKey(der) : publicKey(der)));
            }
            if (keys.isEmpty() && !text.isEmpty()) {
                keys.add(PublicJsonWebKey.Factory.newPublicJwk(publicKey(Base64.getMimeDecoder().decode(text))));
            }
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("no key found");
            }
            return keys;
        } catch (JoseException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read a verification key (PEM public key or certificate, JWK or JWKS expected): "
                    + e.getMessage(), e);
        }
    }

    private static PublicKey publicKey(byte[] der) throws GeneralSecurityException {
        X509EncodedKeySpec spec = new X509EncodedKeySpec(der);
        try {
            return KeyFactory.getInstance("RSA").generatePublic(spec);
        } catch (GeneralSecurityException notRsa) {
            return KeyFactory.getInstance("EC").generatePublic(spec);
        }
    }

    private static PublicKey certificateKey(byte[] der) throws GeneralSecurityException {
        return CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der)).getPublicKey();
    }
}
