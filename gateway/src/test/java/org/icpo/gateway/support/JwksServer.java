package org.icpo.gateway.support;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OIDC provider's JWKS endpoint: serves the test RSA public key, and on demand an EC P-256 key
 * too (a key rotation), so the gateway's JWKS URL support, ES256 and refresh on an unknown key id
 * can be tested. Sets {@code mp.jwt.verify.publickey.location} to its URL.
 */
public class JwksServer implements QuarkusTestResourceLifecycleManager {

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Inject {
    }

    private HttpServer server;
    private final AtomicInteger fetches = new AtomicInteger();
    private volatile String jwks;
    private JsonWebKey rsa;
    private KeyPair ec;

    @Override
    public Map<String, String> start() {
        try {
            String pem;
            try (InputStream in = JwksServer.class.getClassLoader().getResourceAsStream("test-jwt/publicKey.pem")) {
                pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            }
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").trim());
            rsa = PublicJsonWebKey.Factory.newPublicJwk(KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der)));
            rsa.setKeyId("rsa-1");
            KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
            gen.initialize(new ECGenParameterSpec("secp256r1"));
            ec = gen.generateKeyPair();
            publish(false);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
            server.createContext("/jwks", ex -> {
                fetches.incrementAndGet();
                byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "application/json");
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return Map.of("mp.jwt.verify.publickey.location", "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes the key set, with or without the EC key. */
    public void publish(boolean withEc) throws Exception {
        List<JsonWebKey> keys = new ArrayList<>();
        keys.add(rsa);
        if (withEc) {
            JsonWebKey e = PublicJsonWebKey.Factory.newPublicJwk(ec.getPublic());
            e.setKeyId("ec-1");
            keys.add(e);
        }
        jwks = new JsonWebKeySet(keys).toJson();
    }

    public KeyPair ec() {
        return ec;
    }

    public int fetches() {
        return fetches.get();
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(this, new TestInjector.AnnotatedAndMatchesType(Inject.class, JwksServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
