package org.icpo.gateway.auth;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicPathsTest {

    private final PublicPaths paths = new PublicPaths(List.of("/notices/v1/**", "/ballots/*/rounds/*/board", "/statistics/**"));

    @Test
    void globsMatchWholeSegments() {
        assertThat(paths.matches("/notices/v1")).isTrue();
        assertThat(paths.matches("/notices/v1/")).isTrue();
        assertThat(paths.matches("/notices/v1/red/2026-1/photos/2")).isTrue();
        assertThat(paths.matches("/ballots/12/rounds/3/board")).isTrue();
        assertThat(paths.matches("/statistics")).isTrue();
        assertThat(paths.matches("/statistics/by-country")).isTrue();

        assertThat(paths.matches("/notices/v1x")).isFalse();
        assertThat(paths.matches("/notices/v2/red")).isFalse();
        assertThat(paths.matches("/notices")).isFalse();
        assertThat(paths.matches("/ballots/12/rounds/3/board/x")).isFalse();
        assertThat(paths.matches("/ballots/12/rounds/board")).isFalse();
        assertThat(paths.matches("/ballots//rounds/3/board")).isFalse();
        assertThat(paths.matches("/statisticsX")).isFalse();
    }

    @Test
    void patternCharactersAreLiteral() {
        PublicPaths dotted = new PublicPaths(List.of("/a.b/**"));
        assertThat(dotted.matches("/a.b/c")).isTrue();
        assertThat(dotted.matches("/axb/c")).isFalse();
    }

    @Test
    void partialWildcardsAndRelativePatternsAreRefused() {
        assertThatThrownBy(() -> new PublicPaths(List.of("/a*/b"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublicPaths(List.of("a/b"))).isInstanceOf(IllegalArgumentException.class);
    }
}
