package org.icpo.gateway.auth;

/** The verification keys could not be obtained (e.g. the identity provider's JWKS URL is down). */
public final class KeysUnavailable extends RuntimeException {

    public KeysUnavailable(String message) {
        super(message, null, false, false);
    }
}
