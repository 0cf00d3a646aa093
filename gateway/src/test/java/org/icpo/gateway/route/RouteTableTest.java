package org.icpo.gateway.route;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouteTableTest {

    private final RouteTable table = new RouteTable(Map.of(
            "notices", List.of("/notices", "/audit/notices"),
            "public", List.of("/notices/v1/"),
            "membership", List.of("/members", "/audit/membership")));

    @Test
    void theLongestPrefixWinsOnSegmentBoundaries() {
        assertThat(table.match("/notices/v1/red").upstream()).isEqualTo("public");
        assertThat(table.match("/notices/v1").upstream()).isEqualTo("public");
        assertThat(table.match("/notices/v10").upstream()).isEqualTo("notices");
        assertThat(table.match("/notices").upstream()).isEqualTo("notices");
        assertThat(table.match("/members/FR/standing").prefix()).isEqualTo("/members");
        assertThat(table.match("/audit/membership/2026").upstream()).isEqualTo("membership");
        assertThat(table.match("/audit/notices").upstream()).isEqualTo("notices");
    }

    @Test
    void nothingMatchesOutsideThePrefixes() {
        assertThat(table.match("/membersX")).isNull();
        assertThat(table.match("/audit")).isNull();
        assertThat(table.match("/")).isNull();
        assertThat(table.match("/Members")).isNull();
    }

    @Test
    void aPrefixRoutedTwiceOrMalformedIsAConfigurationError() {
        Map<String, List<String>> twice = new LinkedHashMap<>();
        twice.put("a", List.of("/x"));
        twice.put("b", List.of("/x/"));
        assertThatThrownBy(() -> new RouteTable(twice)).hasMessageContaining("/x");
        assertThatThrownBy(() -> new RouteTable(Map.of("a", List.of("x")))).hasMessageContaining("starts with /");
        assertThatThrownBy(() -> new RouteTable(Map.of("a", List.of("/")))).hasMessageContaining("starts with /");
    }
}
