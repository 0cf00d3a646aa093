package org.icpo.notices.publicapi;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.icpo.kit.web.UnknownQueryParameters;
import org.icpo.notices.request.NoticeRecord;
import org.icpo.notices.subject.SubjectPhoto;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The public notices API (no token): the public extracts of Red, Yellow and UN Security Council Special Notices in
 * the shape of the organization's public notices web API. Links are absolute, built from the request's base URL
 * ({@code X-Forwarded-Proto} and {@code X-Forwarded-Host} set by the gateway win over the address the request reached).
 */
@Path("/notices/v1")
@PermitAll
// existing clients and crawlers of the organization's public API may send parameters of their own, or another list's
// filters: ignored, as there (PublicFilters reads only those of the list, PublicCategory.filters)
@UnknownQueryParameters.AnyQueryParameters
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public notices", description = "Public extracts of Red, Yellow and UN Special Notices; no token needed. resultPerPage is capped at "
        + PublicFilters.MAX_RESULT_PER_PAGE + " (a larger value is lowered to it). Each list takes the query parameters it declares; any other,"
        + " a filter of another list included, is ignored.")
public class PublicNoticesResource {

    static final String BUSY = "Problem of type busy, with a Retry-After: too many lists were being read from the database at once (a list read"
            + " before, at the current version of the public records, is served from memory and never refused)";

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:\\d{1,5})?");

    @Inject
    PublicNotices notices;

    @Context
    UriInfo uri;

    @HeaderParam("X-Forwarded-Proto")
    String forwardedProto;

    @HeaderParam("X-Forwarded-Host")
    String forwardedHost;

    // ------------------------------------------------------------------ lists

    @GET
    @Path("red")
    @Operation(summary = "Public Red Notices", description = "Newest first. resultPerPage: 1 to " + PublicFilters.MAX_RESULT_PER_PAGE
            + " (default 20; a larger value is lowered to " + PublicFilters.MAX_RESULT_PER_PAGE + "). Ages are counted in whole years from the year of birth.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicDtos.NoticeList.class)))
    @APIResponse(responseCode = "400", description = "Invalid parameter (problem with the parameters)")
    @APIResponse(responseCode = "503", description = BUSY)
    public PublicDtos.NoticeList red(@QueryParam("forename") String forename, @QueryParam("name") String name,
                                     @QueryParam("nationality") @Parameter(description = "ISO 3166-1 alpha-2") String nationality,
                                     @QueryParam("ageMin") String ageMin, @QueryParam("ageMax") String ageMax,
                                     @QueryParam("freeText") String freeText,
                                     @QueryParam("sexId") @Parameter(description = "F, M or U") String sexId,
                                     @QueryParam("arrestWarrantCountryId") @Parameter(description = "ISO 3166-1 alpha-2") String arrestWarrantCountryId,
                                     @QueryParam("page") @Parameter(description = "From 1") String page,
                                     @QueryParam("resultPerPage") @Parameter(description = "1 to 160; larger values are lowered to 160") String resultPerPage) {
        return list(PublicCategory.RED);
    }

    @GET
    @Path("yellow")
    @Operation(summary = "Public Yellow Notices", description = "As red, without arrestWarrantCountryId.")
    @APIResponse(responseCode = "200", description = "One page of the list, newest first")
    @APIResponse(responseCode = "400", description = "Invalid parameter")
    @APIResponse(responseCode = "503", description = BUSY)
    public PublicDtos.NoticeList yellow(@QueryParam("forename") String forename, @QueryParam("name") String name,
                                        @QueryParam("nationality") String nationality, @QueryParam("ageMin") String ageMin,
                                        @QueryParam("ageMax") String ageMax, @QueryParam("freeText") String freeText,
                                        @QueryParam("sexId") String sexId, @QueryParam("page") String page,
                                        @QueryParam("resultPerPage") String resultPerPage) {
        return list(PublicCategory.YELLOW);
    }

    @GET
    @Path("un/persons")
    @Operation(summary = "UN Security Council Special Notices about persons", description = "Same parameters as yellow.")
    @APIResponse(responseCode = "200", description = "One page of the list, newest first")
    @APIResponse(responseCode = "400", description = "Invalid parameter")
    @APIResponse(responseCode = "503", description = BUSY)
    public PublicDtos.NoticeList unPersons(@QueryParam("forename") String forename, @QueryParam("name") String name,
                                           @QueryParam("nationality") String nationality, @QueryParam("ageMin") String ageMin,
                                           @QueryParam("ageMax") String ageMax, @QueryParam("freeText") String freeText,
                                           @QueryParam("sexId") String sexId, @QueryParam("page") String page,
                                           @QueryParam("resultPerPage") String resultPerPage) {
        return list(PublicCategory.UN_PERSON);
    }

    @GET
    @Path("un/entities")
    @Operation(summary = "UN Security Council Special Notices about entities", description = "Filter with name and freeText.")
    @APIResponse(responseCode = "200", description = "One page of the list, newest first")
    @APIResponse(responseCode = "400", description = "Invalid parameter")
    @APIResponse(responseCode = "503", description = BUSY)
    public PublicDtos.NoticeList unEntities(@QueryParam("name") String name, @QueryParam("freeText") String freeText,
                                            @QueryParam("page") String page, @QueryParam("resultPerPage") String resultPerPage) {
        return list(PublicCategory.UN_ENTITY);
    }

    // ------------------------------------------------------------------ details

    @GET
    @Path("red/{id}")
    @Operation(summary = "A public Red Notice", description = "id: YEAR-NUMBER (entity_id with a dash)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicDtos.RedNotice.class)))
    @APIResponse(responseCode = "404", description = "No such public notice", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicDtos.NotFound.class)))
    public Response redNotice(@PathParam("id") String id) {
        return detail(PublicCategory.RED, id);
    }

    @GET
    @Path("yellow/{id}")
    @Operation(summary = "A public Yellow Notice")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicDtos.YellowNotice.class)))
    @APIResponse(responseCode = "404", description = "No such public notice", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicDtos.NotFound.class)))
    public Response yellowNotice(@PathParam("id") String id) {
        return detail(PublicCategory.YELLOW, id);
    }

    @GET
    @Path("un/persons/{id}")
    @Operation(summary = "A UN Special Notice about a person")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicDtos.UnNotice.class)))
    @APIResponse(responseCode = "404", description = "No such public notice", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicDtos.NotFound.class)))
    public Response unPerson(@PathParam("id") String id) {
        return detail(PublicCategory.UN_PERSON, id);
    }

    @GET
    @Path("un/entities/{id}")
    @Operation(summary = "A UN Special Notice about an entity")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicDtos.UnNotice.class)))
    @APIResponse(responseCode = "404", description = "No such public notice", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicDtos.NotFound.class)))
    public Response unEntity(@PathParam("id") String id) {
        return detail(PublicCategory.UN_ENTITY, id);
    }

    // ------------------------------------------------------------------ images

    @GET
    @Path("red/{id}/images")
    @Operation(summary = "Photographs of a public Red Notice")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicDtos.Images.class)))
    @APIResponse(responseCode = "404", description = "No such public notice", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicDtos.NotFound.class)))
    public Response redImages(@PathParam("id") String id) {
        return images(PublicCategory.RED, id);
    }

    @GET
    @Path("yellow/{id}/images")
    @Operation(summary = "Photographs of a public Yellow Notice")
    @APIResponse(responseCode = "200", description = "The photographs, with their links", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicDtos.Images.class)))
    @APIResponse(responseCode = "404", description = "No such public notice", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicDtos.NotFound.class)))
    public Response yellowImages(@PathParam("id") String id) {
        return images(PublicCategory.YELLOW, id);
    }

    @GET
    @Path("un/persons/{id}/images")
    @APIResponse(responseCode = "200", description = "The photographs, with their links", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicDtos.Images.class)))
    @APIResponse(responseCode = "404", description = "No such public notice", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicDtos.NotFound.class)))
    @Operation(summary = "Photographs of a UN Special Notice about a person")
    public Response unPersonImages(@PathParam("id") String id) {
        return images(PublicCategory.UN_PERSON, id);
    }

    @GET
    @Path("un/entities/{id}/images")
    @APIResponse(responseCode = "200", description = "The images, with their links", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicDtos.Images.class)))
    @APIResponse(responseCode = "404", description = "No such public notice", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicDtos.NotFound.class)))
    @Operation(summary = "Images of a UN Special Notice about an entity")
    public Response unEntityImages(@PathParam("id") String id) {
        return images(PublicCategory.UN_ENTITY, id);
    }

    @GET
    @Path("red/{id}/images/{pictureId}")
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @Operation(summary = "One photograph of a public Red Notice (the image bytes)")
    @APIResponse(responseCode = "200", description = "The image bytes", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such public notice, or no such photograph of it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicDtos.NotFound.class)))
    public Response redImage(@PathParam("id") String id, @PathParam("pictureId") String pictureId) {
        return image(PublicCategory.RED, id, pictureId);
    }

    @GET
    @Path("yellow/{id}/images/{pictureId}")
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @APIResponse(responseCode = "200", description = "The image bytes", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such public notice, or no such photograph of it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicDtos.NotFound.class)))
    @Operation(summary = "One photograph of a public Yellow Notice")
    public Response yellowImage(@PathParam("id") String id, @PathParam("pictureId") String pictureId) {
        return image(PublicCategory.YELLOW, id, pictureId);
    }

    @GET
    @Path("un/persons/{id}/images/{pictureId}")
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @APIResponse(responseCode = "200", description = "The image bytes", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such public notice, or no such photograph of it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicDtos.NotFound.class)))
    @Operation(summary = "One photograph of a UN Special Notice about a person")
    public Response unPersonImage(@PathParam("id") String id, @PathParam("pictureId") String pictureId) {
        return image(PublicCategory.UN_PERSON, id, pictureId);
    }

    @GET
    @Path("un/entities/{id}/images/{pictureId}")
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @APIResponse(responseCode = "200", description = "The image bytes", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such public notice, or no such image of it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicDtos.NotFound.class)))
    @Operation(summary = "One image of a UN Special Notice about an entity")
    public Response unEntityImage(@PathParam("id") String id, @PathParam("pictureId") String pictureId) {
        return image(PublicCategory.UN_ENTITY, id, pictureId);
    }

    @GET
    @Operation(summary = "/notices/v1 itself", description = "The public API's 404 body, as for any other path below it")
    @APIResponse(responseCode = "404", description = "Always: the public API serves nothing there", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicDtos.NotFound.class)))
    public Response root() {
        return notFound();
    }

    @GET
    @Path("{other: .+}")
    @Operation(summary = "Anything else below /notices/v1", description = "The public API's 404 body")
    @APIResponse(responseCode = "404", description = "Always: the public API serves nothing else", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicDtos.NotFound.class)))
    public Response other(@PathParam("other") String other) {
        return notFound();
    }

    // ------------------------------------------------------------------ helpers

    private PublicDtos.NoticeList list(PublicCategory category) {
        Map<String, String> raw = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((k, v) -> raw.put(k, v.isEmpty() ? null : v.get(0)));
        PublicFilters f = PublicFilters.parse(category, raw);
        PublicNotices.Page page = notices.list(category, f);
        String base = base();
        List<PublicDtos.Summary> items = page.rows().stream().map(r -> {
            String self = base + "/notices/v1/" + category.path + "/" + r.year() + "-" + r.number();
            Map<String, PublicDtos.Link> links = new LinkedHashMap<>();
            links.put("self", new PublicDtos.Link(self));
            links.put("images", new PublicDtos.Link(self + "/images"));
            if (r.thumbnail() != null) {
                links.put("thumbnail", new PublicDtos.Link(self + "/images/" + r.thumbnail()));
            }
            return new PublicDtos.Summary(r.forename(), PublicNotices.slashDate(r.dobYear(), r.dobMonth(), r.dobDay()), r.year() + "/" + r.number(),
                    notices.nationalities(r.nationalities()), r.familyName(), links);
        }).toList();
        long last = Math.max(1, (page.total() + f.resultPerPage() - 1) / f.resultPerPage());
        String listUrl = base + "/notices/v1/" + category.path;
        Map<String, PublicDtos.Link> links = new LinkedHashMap<>();
        links.put("self", new PublicDtos.Link(pageUrl(listUrl, f, f.page())));
        links.put("first", new PublicDtos.Link(pageUrl(listUrl, f, 1)));
        if (f.page() < last) {
            links.put("next", new PublicDtos.Link(pageUrl(listUrl, f, f.page() + 1)));
        }
        links.put("last", new PublicDtos.Link(pageUrl(listUrl, f, last)));
        return new PublicDtos.NoticeList(page.total(), f.echo(), new PublicDtos.EmbeddedNotices(items), links);
    }

    private static String pageUrl(String listUrl, PublicFilters f, long page) {
        StringBuilder q = new StringBuilder();
        f.filters().forEach((k, v) -> q.append(k).append('=').append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8)).append('&'));
        q.append("resultPerPage=").append(f.resultPerPage()).append("&page=").append(page);
        return listUrl + "?" + q;
    }

    private Response detail(PublicCategory category, String id) {
        Optional<NoticeRecord> found = notices.find(category, id);
        if (found.isEmpty()) {
            return notFound();
        }
        NoticeRecord r = found.get();
        Map<String, PublicDtos.Link> links = noticeLinks(category, r);
        Object body = switch (category) {
            case RED -> notices.red(r, links);
            case YELLOW -> notices.yellow(r, links);
            case UN_PERSON, UN_ENTITY -> notices.un(r, links);
        };
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private Map<String, PublicDtos.Link> noticeLinks(PublicCategory category, NoticeRecord r) {
        String self = selfUrl(category, r);
        Map<String, PublicDtos.Link> links = new LinkedHashMap<>();
        links.put("self", new PublicDtos.Link(self));
        links.put("images", new PublicDtos.Link(self + "/images"));
        notices.photos(r).stream().findFirst().ifPresent(p -> links.put("thumbnail", new PublicDtos.Link(self + "/images/" + p.id)));
        return links;
    }

    private String selfUrl(PublicCategory category, NoticeRecord r) {
        return base() + "/notices/v1/" + category.path + "/" + r.publicYear + "-" + r.publicNumber;
    }

    private Response images(PublicCategory category, String id) {
        Optional<NoticeRecord> found = notices.find(category, id);
        if (found.isEmpty()) {
            return notFound();
        }
        NoticeRecord r = found.get();
        String self = selfUrl(category, r);
        List<SubjectPhoto> photos = notices.photos(r);
        List<PublicDtos.Image> images = photos.stream().map(p -> new PublicDtos.Image(p.id.toString(),
                Map.of("self", new PublicDtos.Link(self + "/images/" + p.id)))).toList();
        Map<String, PublicDtos.Link> links = new LinkedHashMap<>();
        links.put("self", new PublicDtos.Link(self + "/images"));
        links.put("notice", new PublicDtos.Link(self));
        if (!photos.isEmpty()) {
            links.put("thumbnail", new PublicDtos.Link(self + "/images/" + photos.get(0).id));
        }
        return Response.ok(new PublicDtos.Images(new PublicDtos.EmbeddedImages(images), links), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private Response image(PublicCategory category, String id, String pictureId) {
        Optional<SubjectPhoto> photo = notices.find(category, id).flatMap(r -> notices.photo(r, pictureId));
        if (photo.isEmpty()) {
            return notFound();
        }
        return Response.ok(photo.get().data, photo.get().contentType).build();
    }

    static Response notFound() {
        return Response.status(404).type(MediaType.APPLICATION_JSON_TYPE).entity(PublicDtos.NotFound.INSTANCE).build();
    }

    /** scheme://host[:port] of the request as the client sent it (through the gateway: its forwarded headers). */
    String base() {
        URI u = uri.getBaseUri();
        String scheme = u.getScheme();
        String authority = u.getRawAuthority();
        if (forwardedProto != null) {
            String p = forwardedProto.split(",")[0].trim().toLowerCase(java.util.Locale.ROOT);
            if (p.equals("http") || p.equals("https")) {
                scheme = p;
            }
        }
        if (forwardedHost != null) {
            String h = forwardedHost.split(",")[0].trim();
            if (HOST.matcher(h).matches()) {
                authority = h;
            }
        }
        return scheme + "://" + authority;
    }
}
