package org.icpo.elections;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.icpo.testing.PostgresResource;

/**
 * Every test of this module runs against the JVM's embedded PostgreSQL (database "elections") and the
 * membership-service stub over real HTTP. One Quarkus start serves all test classes.
 */
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "elections"))
@QuarkusTestResource(MembershipStubResource.class)
public class DatabaseResource {
}
