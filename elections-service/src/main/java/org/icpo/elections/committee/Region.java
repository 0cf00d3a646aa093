package org.icpo.elections.committee;

import java.util.Locale;
import java.util.Optional;

/** The four regions of the Organization (as membership-service names them), which matter for Committee seats. */
public enum Region {
    AFRICA("Africa"),
    AMERICAS("Americas"),
    ASIA_SOUTH_PACIFIC("Asia and South Pacific"),
    EUROPE("Europe");

    private final String label;

    Region(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The region membership-service reports, or empty when it is not one of the four. */
    public static Optional<Region> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        for (Region r : values()) {
            if (r.name().equals(v)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
