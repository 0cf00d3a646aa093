package org.icpo.membership.member;

import org.icpo.kit.web.CountryCodes;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 codes, plus codes the Organization recognizes beyond the standard list (e.g. XK), and the codes of
 * territories without a permanent population (Antarctica, Bouvet Island...), which are assigned but name no state.
 */
public final class IsoCountryCodes {

    private final Set<String> assigned;
    private final Set<String> withoutPopulation;

    public IsoCountryCodes(Set<String> extraCodes) {
        this(extraCodes, Set.of());
    }

    public IsoCountryCodes(Set<String> extraCodes, Set<String> withoutPopulation) {
        this.assigned = CountryCodes.assigned(extraCodes);
        Set<String> uninhabited = new HashSet<>();
        withoutPopulation.forEach(c -> uninhabited.add(c.toUpperCase(Locale.ROOT)));
        this.withoutPopulation = Set.copyOf(uninhabited);
    }

    public boolean isAssigned(String code) {
        return code != null && assigned.contains(code.toUpperCase(Locale.ROOT));
    }

    /** A territory without a permanent population: a code, but no state that could be a member. */
    public boolean isWithoutPermanentPopulation(String code) {
        return code != null && withoutPopulation.contains(code.toUpperCase(Locale.ROOT));
    }

    /** The English name ISO 3166-1 gives the code ("Antarctica"), or the code itself when none is known. */
    public static String name(String code) {
        try {
            String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.ENGLISH);
            return name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
        } catch (java.util.IllformedLocaleException e) {
            return code;
        }
    }
}
