package org.icpo.notices.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.icpo.kit.security.Roles;
import org.icpo.kit.web.PageParams;
import org.icpo.notices.request.Sex;

@Path("/notices/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Member search", description = "Search valid notices and the diffusions addressed to the member by person, across scripts and spellings")
public class NoticeSearchResource {

    @Inject
    NoticeSearch search;

    @GET
    @RolesAllowed({Roles.NCB, Roles.SECRETARIAT, Roles.CCF})
    @Transactional
    @Operation(summary = "Search notices and diffusions by person", description = "Name in any script (family name first, or only a family name), "
            + "forename, date of birth (YYYY, YYYY-MM or YYYY-MM-DD; a day/month swap is tolerated), sex, nationality, free text. NCBs see the "
            + "published, valid notices and the diffusions addressed to them (or to all); the secretariat and the CCF all visible records. "
            + "Results ranked by score with an explanation of what matched. Every search is audited (notice.searched).")
    @APIResponse(responseCode = "200", description = "Results ranked by score, with what matched")
    @APIResponse(responseCode = "400", description = "Invalid parameter, or nothing to search for")
    @APIResponse(responseCode = "403", description = "The NCB's access rights are suspended (the problem names the measure)")
    @APIResponse(responseCode = "503", description = "membership-service unreachable")
    public SearchDtos.Results search(@QueryParam("name") @Parameter(description = "Family name(s), optionally followed by forenames; any script") String name,
                                     @QueryParam("forename") String forename,
                                     @QueryParam("dateOfBirth") @Parameter(description = "YYYY, YYYY-MM or YYYY-MM-DD (or with slashes); a day and month"
                                             + " written the other way round (YYYY-DD-MM, the day 13 or more) is read as that date") String dateOfBirth,
                                     @QueryParam("sex") Sex sex,
                                     @QueryParam("nationality") @Parameter(description = "ISO 3166-1 alpha-2 (either case)") String nationality,
                                     @QueryParam("freeText") @Parameter(description = "Words found in the names, places, charges, marks or case summary "
                                             + "(each as a part of a word, accents and case ignored). A word of one or two letters or digits only narrows "
                                             + "down what the name, the forename or a longer word finds: free text of such words alone is a 400") String freeText,
                                     @Valid @BeanParam PageParams page) {
        return search.search(new NoticeSearch.Criteria(name, forename, dateOfBirth, sex, nationality, freeText), page);
    }
}
