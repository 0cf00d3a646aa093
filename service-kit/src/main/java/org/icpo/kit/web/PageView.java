package org.icpo.kit.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items and where they stand in the whole. */
@Schema(name = "Page")
public record PageView<T>(
        @Schema(description = "Items of this page") List<T> items,
        @Schema(description = "Page number, from 1", examples = "1") int page,
        @Schema(description = "Requested page size", examples = "50") int size,
        @Schema(description = "Number of items across all pages", examples = "196") long total,
        @Schema(description = "Number of pages", examples = "4") long totalPages) {

    public static <T> PageView<T> of(List<T> items, PageParams params, long total) {
        return new PageView<>(items, params.page, params.size, total, (total + params.size - 1) / params.size);
    }

    /** Pages a list that is already complete in memory. */
    public static <T> PageView<T> slice(List<T> all, PageParams params) {
        int from = Math.min(all.size(), params.offset());
        int to = Math.min(all.size(), from + params.size);
        return of(List.copyOf(all.subList(from, to)), params, all.size());
    }

    public <R> PageView<R> map(Function<T, R> f) {
        return new PageView<>(items.stream().map(f).toList(), page, size, total, totalPages);
    }
}
