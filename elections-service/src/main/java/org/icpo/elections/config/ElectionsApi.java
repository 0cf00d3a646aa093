package org.icpo.elections.config;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "ICPO elections-service", version = "1.0.0",
        description = "General Assembly sessions and attendance, secret ballots with rounds (admissions, Executive Committee "
                + "elections, resolutions, constitutional amendments), public verifiable boards and the Executive Committee. "
                + "Errors are RFC 9457 problem details (application/problem+json). Authenticate with a bearer JWT; "
                + "the boards of closed rounds are public."))
public class ElectionsApi extends Application {
}
