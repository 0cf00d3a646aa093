package org.icpo.notices;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.icpo.testing.PostgresResource;

/** Every test of this module runs against the JVM's embedded PostgreSQL, database "notices". */
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "notices"))
public class DatabaseResource {
}
