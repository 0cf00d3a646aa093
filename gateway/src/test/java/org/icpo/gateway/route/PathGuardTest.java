package org.icpo.gateway.route;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PathGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"/members", "/members/FR/standing", "/notices/v1/red/2026-1", "/a.b/c..d/.e", "/x;y=1/z", "/%41"})
    void ordinaryPathsPass(String path) {
        assertThat(PathGuard.problem(path)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/statistics/../members", "/notices/v1/..", "/./members", "/notices/v1/..;x/members",
            "/notices/v1/%2e%2e/members", "/notices/v1/%2E./members", "/a%2fb", "/a%5Cb", "/a\\b", "//members",
            "/members//FR", "members", "", "/a%00", "/a\u0001"})
    void pathsThatCouldMeanSomethingElseUpstreamAreRefused(String path) {
        assertThat(PathGuard.problem(path)).isNotNull();
    }

    @org.junit.jupiter.api.Test
    void theNulCharacterIsNamedAsSuch() {
        assertThat(PathGuard.problem("/members/F%00")).isEqualTo("the request path contains the NUL character (U+0000)");
        assertThat(PathGuard.problem("/a%2fb")).isEqualTo("the request path contains an encoded separator or dot");
    }
}
