package org.icpo.membership.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The REST interface of membership-service as its consumers use it. Base URL:
 * {@code quarkus.rest-client.membership.url}. Every call carries the calling service's identity.
 */
@RegisterRestClient(configKey = "membership")
@RegisterClientHeaders(ServiceIdentityHeaders.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface MembershipApi {

    @GET
    @Path("/members/{code}/standing")
    MembershipDtos.Standing standing(@PathParam("code") String code, @QueryParam("asOf") LocalDate asOf);

    @GET
    @Path("/standings")
    List<MembershipDtos.Standing> standings(@QueryParam("countries") String countries, @QueryParam("asOf") LocalDate asOf);

    @GET
    @Path("/members/{code}")
    MembershipDtos.Member member(@PathParam("code") String code);

    @GET
    @Path("/applications/{id}")
    MembershipDtos.Application application(@PathParam("id") UUID id);

    @PUT
    @Path("/applications/{id}/outcome")
    MembershipDtos.Application reportOutcome(@PathParam("id") UUID id, MembershipDtos.OutcomeReport outcome);
}
