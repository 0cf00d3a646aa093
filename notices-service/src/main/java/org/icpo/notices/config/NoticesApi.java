package org.icpo.notices.config;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "ICPO notices-service", version = "1.0.0",
        description = "Notice requests and diffusions: automatic checks, Article 3 and refugee screening, review by the General "
                + "Secretariat, supervision of members under measures, lifecycle (validity, renewal, expiry, cancellation, outcomes) "
                + "and challenges before the Commission for the Control of Files. Errors are RFC 9457 problem details "
                + "(application/problem+json). Authenticate with a bearer JWT."))
public class NoticesApi extends Application {
}
