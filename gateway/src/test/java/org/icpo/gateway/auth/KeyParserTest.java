package org.icpo.gateway.auth;

import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyParserTest {

    private static String resource(String name) throws Exception {
        try (InputStream in = KeyParserTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void readsAnRsaPemPublicKey() throws Exception {
        assertThat(KeyParser.parse(resource("test-jwt/publicKey.pem"))).singleElement().isInstanceOf(RsaJsonWebKey.class);
    }

    @Test
    void readsAnEcPemPublicKeyAndBareBase64() throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
        gen.initialize(new ECGenParameterSpec("secp256r1"));
        byte[] der = gen.generateKeyPair().getPublic().getEncoded();
        String b64 = Base64.getMimeEncoder().encodeToString(der);
        assertThat(KeyParser.parse("-----BEGIN PUBLIC KEY-----\n" + b64 + "\n-----END PUBLIC KEY-----\n"))
                .singleElement().isInstanceOf(EllipticCurveJsonWebKey.class);
        assertThat(KeyParser.parse(Base64.getEncoder().encodeToString(der))).singleElement().isInstanceOf(EllipticCurveJsonWebKey.class);
    }

    @Test
    void readsAJwkSet() throws Exception {
        PublicJsonWebKey rsa = (PublicJsonWebKey) KeyParser.parse(resource("test-jwt/publicKey.pem")).get(0);
        rsa.setKeyId("k1");
        String jwks = new JsonWebKeySet(List.of(rsa)).toJson();
        assertThat(KeyParser.parse(jwks)).singleElement().satisfies(k -> assertThat(k.getKeyId()).isEqualTo("k1"));
        assertThat(KeyParser.parse(rsa.toJson())).hasSize(1);
    }

    @Test
    void refusesWhatIsNotAKey() {
        assertThatThrownBy(() -> KeyParser.parse("hello")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyParser.parse("{\"keys\":[{\"kty\":\"nope\"}]}")).isInstanceOf(IllegalArgumentException.class);
    }
}
