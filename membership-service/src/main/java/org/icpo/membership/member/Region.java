package org.icpo.membership.member;

/** The four regions of the Organization, which matter for Executive Committee elections. */
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
}
