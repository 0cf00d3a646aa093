package org.icpo.membership.client;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.icpo.testing.PostgresResource;

/** service-kit brings a datasource; the contract tests give it the embedded PostgreSQL. */
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "client"))
public class DatabaseResource {
}
