package org.icpo.membership.member;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 codes, plus codes the Organization recognizes beyond the standard list (e.g. XK). */
public final class IsoCountryCodes {

    private final Set<String> assigned;

    public IsoCountryCodes(Set<String> extraCodes) {
        Set<String> all = new HashSet<>(Set.of(Locale.getISOCountries()));
        extraCodes.forEach(c -> all.add(c.toUpperCase(Locale.ROOT)));
        this.assigned = Set.copyOf(all);
    }

    public boolean isAssigned(String code) {
        return code != null && assigned.contains(code.toUpperCase(Locale.ROOT));
    }
}
