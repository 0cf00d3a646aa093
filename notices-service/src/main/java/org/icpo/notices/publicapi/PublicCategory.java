package org.icpo.notices.publicapi;

/** The lists of the public notices API and their paths below {@code /notices/v1/}. */
public enum PublicCategory {
    RED("red"), YELLOW("yellow"), UN_PERSON("un/persons"), UN_ENTITY("un/entities");

    public final String path;

    PublicCategory(String path) {
        this.path = path;
    }
}
