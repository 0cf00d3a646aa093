package org.icpo.kit.persistence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The where clause of a list's query put together from its optional filters, with the values of its named
 * parameters: a filter left out (null) adds nothing. For JPQL (Panache's {@code find(query, parameters)}, or an
 * {@code EntityManager} query through {@link #bind}) and native SQL alike. The services' lists filtered by their query
 * parameters build their where clauses this way; notices-service's member search and public lists, whose native SQL
 * is shaped statement by statement for their indexes and their caches, build theirs themselves.
 *
 * <pre>{@code
 * Conditions c = new Conditions()
 *         .equal("sessionNumber", "session", session)
 *         .equal("status", "status", status);
 * Ballot.list(c.where() + " order by createdAt, id", c.parameters());
 * }</pre>
 *
 * Only {@link #equal} drops a condition, when its value is null: a condition that must always hold, such as what the
 * caller may see, is added with {@link #and}, which keeps it whatever its value.
 * <p>
 * A parameter's name is given once: a second value under a name already used is a programming error
 * ({@link IllegalStateException}), unless it is the same value (two conditions may share a parameter).
 */
public final class Conditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** {@code path = :name} when {@code value} is not null; nothing otherwise. */
    public Conditions equal(String path, String name, Object value) {
        return value == null ? this : and(path + " = :" + name, name, value);
    }

    /** A condition without parameters of its own, or whose parameters are given with {@link #parameter}. */
    public Conditions and(String condition) {
        conditions.add(Objects.requireNonNull(condition, "condition"));
        return this;
    }

    /** A condition and the value of its one named parameter. */
    public Conditions and(String condition, String name, Object value) {
        and(condition);
        return parameter(name, value);
    }

    /** The value of a named parameter of the conditions, or of the rest of the query. */
    public Conditions parameter(String name, Object value) {
        Objects.requireNonNull(name, "name");
        if (parameters.containsKey(name) && !Objects.equals(parameters.get(name), value)) {
            throw new IllegalStateException("parameter :" + name + " given two values: " + parameters.get(name) + " and " + value);
        }
        parameters.put(name, value);
        return this;
    }

    /** The conditions joined with {@code and}, each in parentheses when there are several; {@code 1 = 1} when there are none. */
    public String where() {
        if (conditions.isEmpty()) {
            return "1 = 1";
        }
        if (conditions.size() == 1) {
            return conditions.get(0);
        }
        StringBuilder where = new StringBuilder();
        for (String c : conditions) {
            where.append(where.isEmpty() ? "" : " and ").append('(').append(c).append(')');
        }
        return where.toString();
    }

    /** The named parameters' values, in the order they were given. */
    public Map<String, Object> parameters() {
        return Collections.unmodifiableMap(parameters);
    }

    /** Sets every named parameter on a JPA query (a JPQL query of the {@code EntityManager}). */
    public <Q extends jakarta.persistence.Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
