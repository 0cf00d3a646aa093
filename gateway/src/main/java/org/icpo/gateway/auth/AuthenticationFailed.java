package org.icpo.gateway.auth;

/** A token that cannot be accepted; the message says why, in terms safe to show the client. */
public final class AuthenticationFailed extends RuntimeException {

    public AuthenticationFailed(String message) {
        super(message, null, false, false);
    }
}
