package org.icpo.kit.security;

/**
 * The roles of the suite, carried in the JWT {@code groups} claim.
 * <ul>
 *   <li>{@code ncb}: a member's National Central Bureau; its token carries the {@code country} claim (ISO alpha-2)</li>
 *   <li>{@code secretariat}: the General Secretariat</li>
 *   <li>{@code ccf}: the Commission for the Control of Files</li>
 *   <li>{@code assembly}: the General Assembly's presiding officers</li>
 *   <li>{@code svc-elections}, {@code svc-notices}: the service identities of elections-service and notices-service,
 *       used only for service-to-service calls and granted only what those calls need</li>
 * </ul>
 */
public final class Roles {

    public static final String NCB = "ncb";
    public static final String SECRETARIAT = "secretariat";
    public static final String CCF = "ccf";
    public static final String ASSEMBLY = "assembly";
    public static final String ELECTIONS_SERVICE = "svc-elections";
    public static final String NOTICES_SERVICE = "svc-notices";

    /** Claim carrying an NCB's country (ISO 3166-1 alpha-2). */
    public static final String COUNTRY_CLAIM = "country";

    private Roles() {
    }
}
