package org.icpo.membership.platform;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.icpo.membership.TestData;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * V1.4 records the day of admission of the members whose admission ballot was recorded before the column existed (the
 * demo's Kiribati and Vanuatu on a suite started before it), so that their standing starts on that day there too.
 */
@QuarkusTest
class AdmittedOnMigrationTest {

    @Inject
    TestData data;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    @AfterEach
    void reset() {
        data.reset();
    }

    @Test
    void theMigrationRecordsTheDayOfAdmissionsAlreadyDecidedByABallot() throws Exception {
        String sql;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("db/migration/V1.4__member_admitted_on.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String backfill = sql.substring(sql.indexOf("update member"));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // as a release without the column recorded them: the applications decided, the members' day unknown
            s.executeUpdate("insert into admission_application (id, iso_code, state_name, region, police_body, statehood_statement,"
                    + " accepts_constitution, submitted_on, assembly_year, status, scheduled_session, decided_on, ballot_id, decision_session)"
                    + " values (gen_random_uuid(), 'VU', 'Vanuatu', 'ASIA_SOUTH_PACIFIC', 'Vanuatu Police Force', 's', true, '2018-01-25', 2018,"
                    + " 'ADMITTED', 87, '2018-11-21', 'b-vu', 87),"
                    + " (gen_random_uuid(), 'FM', 'Micronesia', 'ASIA_SOUTH_PACIFIC', 'Police', 's', true, '2020-01-25', 2020,"
                    + " 'REJECTED', 88, '2020-11-20', 'b-fm', 88)");
            s.executeUpdate(backfill);
            try (ResultSet r = s.executeQuery("select code, admitted_on from member where admitted_on is not null")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("VU");
                assertThat(r.getDate(2).toLocalDate()).isEqualTo(java.time.LocalDate.of(2018, 11, 21));
                assertThat(r.next()).as("only an admission decided in the member's year of admission gives its day").isFalse();
            }
        }
        given().auth().oauth2(Tokens.secretariat()).get("/members/VU/standing?asOf=2018-11-20").then().statusCode(404);
        given().auth().oauth2(Tokens.secretariat()).get("/members/VU").then().body("admittedOn", equalTo("2018-11-21"));
    }
}
