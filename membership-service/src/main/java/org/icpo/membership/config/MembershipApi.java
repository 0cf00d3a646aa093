package org.icpo.membership.config;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "ICPO membership-service", version = "1.0.0",
        description = "Member states and their regions, admission applications, standing (arrears, voting rights) and supervision measures. "
                + "Errors are RFC 9457 problem details (application/problem+json). Authenticate with a bearer JWT."))
public class MembershipApi extends Application {
}
