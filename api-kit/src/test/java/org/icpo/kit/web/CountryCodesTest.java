package org.icpo.kit.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountryCodesTest {

    @Test
    void aPathOrQueryCodeIsTwoLettersInEitherCaseAndStoredInCapitals() {
        assertThat(CountryCodes.eitherCase("fr")).isTrue();
        assertThat(CountryCodes.eitherCase("Fr")).isTrue();
        assertThat(CountryCodes.eitherCase("FR")).isTrue();
        assertThat(CountryCodes.eitherCase("FRA")).isFalse();
        assertThat(CountryCodes.eitherCase("F1")).isFalse();
        assertThat(CountryCodes.eitherCase("ıs")).as("a dotless i is not a letter of a code").isFalse();
        assertThat(CountryCodes.eitherCase("")).isFalse();
        assertThat(CountryCodes.eitherCase(null)).isFalse();
        assertThat(CountryCodes.upper("fr")).isEqualTo("FR");
        assertThat(CountryCodes.upper("is")).as("whatever the machine's locale").isEqualTo("IS");
    }

    @Test
    void theAssignedCodesAreIsosAndTheOrganizationsOwn() {
        java.util.Set<String> assigned = CountryCodes.assigned(java.util.Set.of(" xk"));
        assertThat(assigned).contains("FR", "AQ", "XK").doesNotContain("XX", "UK", "EU", "xk");
    }

    @Test
    void aBodyCodeIsTwoCapitals() {
        assertThat("FR".matches(CountryCodes.CODE)).isTrue();
        assertThat("fr".matches(CountryCodes.CODE)).isFalse();
        assertThat("İS".matches(CountryCodes.CODE)).isFalse();
    }
}
