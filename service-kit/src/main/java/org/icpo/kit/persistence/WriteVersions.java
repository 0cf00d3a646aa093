package org.icpo.kit.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import org.hibernate.Hibernate;

/**
 * The answer of a write carries the version its change produced, the one a read right after returns, so that a client
 * can send its next change with it. Hibernate raises an entity's {@code @Version} as it flushes, which would otherwise
 * happen at commit, after the answer was built from the entity: the answer then said the version from before the change
 * (0 where a read said 1). A write that changes an existing row returns {@code flushed(entity)} to the code that builds
 * its answer.
 */
public final class WriteVersions {

    private WriteVersions() {
    }

    /**
     * Writes the changes of the current transaction now (those of {@code entity} with them), so that {@code entity}
     * carries the version they produced; returns it. A lost optimistic-lock race or a broken constraint is then raised
     * here, before the answer is built, as it would have been at commit.
     */
    public static <T> T flushed(T entity) {
        Panache.flush(Hibernate.getClass(entity));
        return entity;
    }
}
