package org.icpo.notices.publicapi;

import java.util.Set;

/**
 * The lists of the public notices API, their paths below {@code /notices/v1/} and the filters each takes (DOMAIN.md
 * section 6, and the query parameters {@link PublicNoticesResource} declares for it). {@code page} and
 * {@code resultPerPage} are taken by every list; any other parameter, a filter of another list included, is ignored.
 */
public enum PublicCategory {
    RED("red", Set.of("forename", "name", "nationality", "ageMin", "ageMax", "freeText", "sexId", "arrestWarrantCountryId")),
    YELLOW("yellow", Set.of("forename", "name", "nationality", "ageMin", "ageMax", "freeText", "sexId")),
    UN_PERSON("un/persons", Set.of("forename", "name", "nationality", "ageMin", "ageMax", "freeText", "sexId")),
    UN_ENTITY("un/entities", Set.of("name", "freeText"));

    public final String path;
    /** The filters this list takes, besides {@code page} and {@code resultPerPage}. */
    public final Set<String> filters;

    PublicCategory(String path, Set<String> filters) {
        this.path = path;
        this.filters = filters;
    }
}
