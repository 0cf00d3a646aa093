package org.icpo.elections.committee;

/** The posts of the Executive Committee: one President, three Vice-Presidents, nine Delegates. */
public enum Office {
    PRESIDENT("President"),
    VICE_PRESIDENT("Vice-President"),
    DELEGATE("Delegate");

    private final String label;

    Office(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "President", "Vice-President for Europe", "Delegate for Africa". */
    public String seatLabel(Region region) {
        return this == PRESIDENT || region == null ? label : label + " for " + region.label();
    }
}
