package org.icpo.kit.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.icpo.kit.problem.ApiException;
import org.icpo.kit.web.CountryCodes;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Who is calling: subject, roles and, for an NCB, its country, read from the verified JWT. */
@RequestScoped
public class Caller {

    private static final Pattern ISO2 = Pattern.compile(CountryCodes.CODE);

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    public boolean authenticated() {
        return identity != null && !identity.isAnonymous();
    }

    public String subject() {
        return authenticated() ? identity.getPrincipal().getName() : "anonymous";
    }

    public Set<String> roles() {
        return authenticated() ? new TreeSet<>(identity.getRoles()) : Set.of();
    }

    public boolean hasRole(String role) {
        return authenticated() && identity.hasRole(role);
    }

    /**
     * The {@code country} claim when it is a JSON string holding an ISO alpha-2 code exactly as the identity provider
     * issues it: two capitals. Anything else ({@code "fr"}, {@code " FR "}, a string with quotes in it, a number, an
     * array) is no country, so an NCB token carrying it is refused rather than read as some member's.
     */
    public Optional<String> country() {
        if (!authenticated() || jwt == null) {
            return Optional.empty();
        }
        Object claim = jwt.getClaim(Roles.COUNTRY_CLAIM);
        String c = claim instanceof JsonString s ? s.getString() : claim instanceof String s ? s : null;
        return c != null && ISO2.matcher(c).matches() ? Optional.of(c) : Optional.empty();
    }

    /** The country an NCB acts for; a 403 problem when an NCB token has no valid country claim. */
    public String ncbCountry() {
        return country().orElseThrow(() -> ApiException.forbidden(
                "An NCB token must carry a 'country' claim with the member's ISO 3166-1 alpha-2 code in capitals, e.g. \"FR\""));
    }
}
