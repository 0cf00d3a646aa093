package org.icpo.notices.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.icpo.notices.request.NoticeType;
import org.icpo.notices.request.Sex;
import org.icpo.notices.workflow.RecordKind;
import org.icpo.notices.workflow.Status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Views of the member search. */
public final class SearchDtos {

    private SearchDtos() {
    }

    @Schema(name = "SearchExplanation", description = "What matched")
    public record Explanation(
            @Schema(description = "Name score and the word pairings (which word met which, and how)",
                    examples = "0.97: family 'prokopchuk'~'prokopchuk' transliteration 1.00; forename 'yuri'~'yuriy' spelling variant 0.97")
            String name,
            @Schema(description = "The stored spelling that matched best, and its script", examples = "ПРОКОПЧУК Юрий (CYRILLIC)") String matchedSpelling,
            @Schema(description = "How the date of birth compares (EXACT, DAY_MONTH_SWAPPED, COMPATIBLE_PARTIAL_MONTH, ...); absent when not searched")
            String dateOfBirth,
            @Schema(description = "Nationality: matched, or unknown on the record; absent when not searched") String nationality,
            @Schema(description = "Free-text words found; absent when not searched") String freeText) {
    }

    @Schema(name = "SearchHit")
    public record Hit(
            @Schema(description = "Ranking score in [0,1]: name score x date factor x nationality factor") double score,
            @Schema(description = "Name score of NameMatcher in [0,1]") double nameScore,
            UUID id, RecordKind kind, NoticeType type, Status status,
            @Schema(examples = "2025/10001") String entityId,
            @Schema(examples = "FR") String requesterCountry,
            String familyName, String forename, String familyNameOriginal, String forenameOriginal,
            Sex sex, @Schema(examples = "1975-04-12") String dateOfBirth, List<String> nationalities,
            @Schema(description = "Where to read the record (audited)", examples = "/notice-requests/6f1c...") String href,
            Explanation explanation) {
    }

    @Schema(name = "SearchResults")
    public record Results(
            @Schema(description = "The query as understood (normalized)") Map<String, Object> query,
            @Schema(description = "Matches, best first") List<Hit> items,
            int page, int size, long total, long totalPages,
            @Schema(description = "More records met the name than a search scores (" + NoticeSearch.MAX_CANDIDATES + "): those with an exact form of "
                    + "the searched words were scored first, and total counts the scored ones only. Narrow the search (forename, date of birth, "
                    + "nationality, sex) to see the others.")
            boolean capped) {
    }
}
