package org.icpo.kit.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Paging query parameters shared by every list endpoint: {@code page} from 1, {@code size} up to 200. */
public class PageParams {

    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("1")
    @Min(value = 1, message = "must be 1 or more")
    @Max(value = 1_000_000, message = "must be at most 1000000")
    @Parameter(description = "Page number, from 1")
    public Integer page = 1;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(value = 1, message = "must be 1 or more")
    @Max(value = MAX_SIZE, message = "must be at most " + MAX_SIZE)
    @Parameter(description = "Items per page, 1 to 200")
    public Integer size = 50;

    public PageParams() {
    }

    public PageParams(int page, int size) {
        this.page = page;
        this.size = size;
    }

    public int offset() {
        return (page - 1) * size;
    }
}
