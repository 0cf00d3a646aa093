package org.icpo.gateway.auth;

/** What the gateway needs from a verified token: its subject (may be null) and its expiry. */
public record Principal(String subject, long expiresAtMillis) {
}
