package org.icpo.membership.client;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.icpo.kit.problem.ApiException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the directory asks for a diffusion's recipients when membership-service cannot be reached: the calls it makes
 * and the standings it falls back on. (What membership answers, a 200 or a 404 naming the codes that are not members,
 * is the pact's: {@link NoticesConsumerPactTest}.)
 */
class MembershipDirectoryTest {

    /** membership-service as the directory calls it: answers the standings of the codes asked, or cannot be reached. */
    private static final class Membership implements MembershipApi {
        final List<String> asked = new ArrayList<>();
        boolean down;
        /** Answers 404 with no problem body, as a proxy in front of membership-service would. */
        boolean bare404;

        @Override
        public List<MembershipDtos.Standing> standings(String countries, LocalDate asOf) {
            asked.add(countries);
            if (down) {
                throw new ProcessingException("Connection refused");
            }
            if (bare404) {
                throw new WebApplicationException(Response.status(404).build());
            }
            return Arrays.stream(countries.split(",")).map(c -> new MembershipDtos.Standing(c, "Member " + c, "EUROPE", LocalDate.now(),
                    true, null, null, List.of(), new MembershipDtos.AccessRights(true, true, true), false, true)).toList();
        }

        @Override
        public MembershipDtos.Standing standing(String code, LocalDate asOf) {
            throw new UnsupportedOperationException("one standing at a time: not asked for recipients");
        }

        @Override
        public MembershipDtos.Member member(String code) {
            throw new UnsupportedOperationException();
        }

        @Override
        public MembershipDtos.Application application(UUID id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public MembershipDtos.Application reportOutcome(UUID id, MembershipDtos.OutcomeReport outcome) {
            throw new UnsupportedOperationException();
        }
    }

    private final Membership membership = new Membership();
    private final MembershipDirectory directory = new MembershipDirectory();

    private void start(Duration ttl, Duration maxStale) {
        directory.api = membership;
        directory.ttl = ttl;
        directory.maxStale = maxStale;
        directory.init();
    }

    @BeforeEach
    void cacheForLong() {
        start(Duration.ofMinutes(5), Duration.ofMinutes(10));
    }

    @Test
    void recipientsAreAskedInOneCallAndThenAnsweredFromTheCache() {
        assertThat(directory.notMembers(List.of("IT", "de", "FR", "DE"))).isEmpty();
        assertThat(membership.asked).containsExactly("DE,FR,IT");
        // fresh: not asked again; only the one not read yet is
        assertThat(directory.notMembers(List.of("FR", "ES", "IT"))).isEmpty();
        assertThat(membership.asked).containsExactly("DE,FR,IT", "ES");
        assertThat(directory.notMembers(List.of("ES", "DE"))).isEmpty();
        assertThat(membership.asked).hasSize(2);
        // the standings read with others serve a member's own standing too
        assertThat(directory.standing("fr").country()).isEqualTo("FR");
    }

    @Test
    void membershipUnreachableRecentStandingsStillCountAndACodeNeverReadFailsClosed() {
        start(Duration.ZERO, Duration.ofMinutes(10));
        directory.notMembers(List.of("DE", "FR"));
        membership.down = true;
        // stale at once (no time to live) but within max-stale: still members, after one attempt to read them again
        assertThat(directory.notMembers(List.of("FR", "DE"))).isEmpty();
        assertThat(membership.asked).containsExactly("DE,FR", "DE,FR");
        // a code never read cannot be told from one that is not a member
        assertThatThrownBy(() -> directory.notMembers(List.of("DE", "KE"))).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(503));
    }

    @Test
    void a404ThatNamesNoCodeIsNotTakenForAnAnswer() {
        membership.bare404 = true;
        assertThatThrownBy(() -> directory.notMembers(List.of("DE", "ZZ"))).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status()).as("fails closed, as unavailable").isEqualTo(503));
    }

    @Test
    void membershipUnreachableStandingsOlderThanMaxStaleFailClosed() {
        start(Duration.ZERO, Duration.ZERO);
        directory.notMembers(List.of("DE"));
        membership.down = true;
        assertThatThrownBy(() -> directory.notMembers(List.of("DE"))).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(503));
    }
}
