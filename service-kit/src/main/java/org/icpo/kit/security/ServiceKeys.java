package org.icpo.kit.security;

import java.util.Set;

/**
 * Binds each service role to the keys of that service. A service signs its identity token under a key id ({@code kid})
 * that names its role: the role itself ({@code svc-elections}) or the role, a dot and a suffix
 * ({@code svc-elections.2026-11}), so that a new key can be published beside the old one while a rotation rolls out
 * (k8s/README.md, "Rotate keys"). A verified token is refused when
 * <ul>
 *   <li>it carries a service role ({@code svc-...}) but is signed under a key id that does not name that role: a
 *       token from the identity provider, or one signed with another service's key, cannot act as a service;</li>
 *   <li>it is signed under a service's key id but carries any other role, or none: a service's key grants that
 *       service's role and nothing else.</li>
 * </ul>
 */
public final class ServiceKeys {

    static final String SERVICE_ROLE_PREFIX = "svc-";

    private ServiceKeys() {
    }

    /** The service role a key id names ({@code svc-notices} for {@code svc-notices} and {@code svc-notices.2}), or null. */
    public static String roleOf(String keyId) {
        if (keyId == null || !keyId.startsWith(SERVICE_ROLE_PREFIX)) {
            return null;
        }
        int dot = keyId.indexOf('.');
        String role = dot < 0 ? keyId : keyId.substring(0, dot);
        return role.length() > SERVICE_ROLE_PREFIX.length() && (dot < 0 || dot < keyId.length() - 1) ? role : null;
    }

    /** Why a verified token with this key id and these roles is refused, or null when it is not. */
    public static String problem(String keyId, Set<String> roles) {
        String keyRole = roleOf(keyId);
        boolean serviceRole = roles.stream().anyMatch(r -> r.startsWith(SERVICE_ROLE_PREFIX));
        if (keyRole == null) {
            return serviceRole ? "a service role is granted only by a token signed under that service's key id" : null;
        }
        if (!roles.equals(Set.of(keyRole))) {
            return "a token signed under the key id " + keyId + " carries the role " + keyRole + " and no other";
        }
        return null;
    }
}
