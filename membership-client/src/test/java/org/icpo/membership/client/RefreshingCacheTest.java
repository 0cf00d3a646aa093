package org.icpo.membership.client;

import org.icpo.kit.problem.ApiException;
import org.icpo.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The membership client's cache of standings: one read at a time per member, the previous value answered meanwhile,
 * never older than max-stale.
 */
class RefreshingCacheTest {

    private static final Duration TTL = Duration.ofSeconds(30);
    private static final Duration MAX_STALE = Duration.ofMinutes(2);

    private final TestClock clock = new TestClock();
    private final RefreshingCache<String> cache = new RefreshingCache<>("the standing of", clock, TTL, MAX_STALE);
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicInteger reads = new AtomicInteger();

    @BeforeEach
    void start() {
        clock.set(Instant.parse("2026-11-25T12:00:00Z"));
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    /** A read that counts itself and answers {@code value}. */
    private Supplier<String> read(String value) {
        return () -> {
            reads.incrementAndGet();
            return value;
        };
    }

    /** A read of {@code key} in flight on another thread: it has counted itself and answers once released. */
    private record InFlight(Future<String> caller, CountDownLatch release) {
    }

    private InFlight readInFlight(String key, Supplier<String> answer) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> caller = threads.submit(() -> cache.get(key, () -> {
            reads.incrementAndGet();
            started.countDown();
            try {
                if (!release.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return answer.get();
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        return new InFlight(caller, release);
    }

    /** A caller that comes while a read of {@code key} is in flight waits for it, then gets its answer. */
    private void theNextCallerWaitsForTheReadInFlight(String key, String answer) throws Exception {
        int before = reads.get();
        InFlight inFlight = readInFlight(key, () -> answer);
        Future<String> next = threads.submit(() -> cache.get(key, read("its own read")));
        assertThatThrownBy(() -> next.get(200, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        inFlight.release().countDown();
        assertThat(next.get(5, TimeUnit.SECONDS)).isEqualTo(answer);
        assertThat(inFlight.caller().get(5, TimeUnit.SECONDS)).isEqualTo(answer);
        assertThat(reads.get() - before).as("one read for both").isEqualTo(1);
    }

    @Test
    void aValueIsReadOnceWithinItsTimeToLiveAndAgainAfterIt() {
        assertThat(cache.get("FR", read("first"))).isEqualTo("first");
        clock.advance(TTL.minusSeconds(1));
        assertThat(cache.get("FR", read("second"))).isEqualTo("first");
        assertThat(reads).hasValue(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.get("FR", read("second"))).isEqualTo("second");
        assertThat(reads).hasValue(2);
        assertThat(cache.get("DE", read("other"))).as("each key has its own value").isEqualTo("other");
    }

    @Test
    void afterItsTimeToLiveOneCallerReadsAgainWhileTheOthersGetThePreviousValueAtOnce() throws Exception {
        cache.get("FR", read("good standing"));
        clock.advance(TTL.plusSeconds(1));

        InFlight inFlight = readInFlight("FR", () -> "suspended");
        for (int i = 0; i < 20; i++) {
            Future<String> other = threads.submit(() -> cache.get("FR", read("sent meanwhile")));
            assertThat(other.get(1, TimeUnit.SECONDS)).as("answered without waiting for the read in flight").isEqualTo("good standing");
        }
        assertThat(reads).as("the read in flight only").hasValue(2);

        inFlight.release().countDown();
        assertThat(inFlight.caller().get(5, TimeUnit.SECONDS)).isEqualTo("suspended");
        assertThat(cache.get("FR", read("not read"))).isEqualTo("suspended");
        assertThat(reads).hasValue(2);
    }

    @Test
    void freshAndUsableValuesAreLookedAtWithoutReading() {
        assertThat(cache.fresh("FR")).isNull();
        assertThat(cache.usable("FR")).isNull();
        cache.put("FR", "read with others");
        clock.advance(TTL.minusSeconds(1));
        assertThat(cache.fresh("FR")).isEqualTo("read with others");
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.fresh("FR")).as("at its time to live").isNull();
        assertThat(cache.usable("FR")).isEqualTo("read with others");
        clock.advance(MAX_STALE.minus(TTL));
        assertThat(cache.usable("FR")).as("at max-stale").isNull();
        assertThat(reads).hasValue(0);
    }

    @Test
    void theCallersOfAKeyNotReadBeforeWaitForTheOneReadAndShareItsAnswer() throws Exception {
        theNextCallerWaitsForTheReadInFlight("FR", "good standing");
    }

    @Test
    void aValueOlderThanMaxStaleIsNeverAnsweredWhileAReadIsInFlight() throws Exception {
        cache.get("FR", read("good standing"));
        clock.advance(MAX_STALE);
        theNextCallerWaitsForTheReadInFlight("FR", "suspended");
    }

    @Test
    void whenMembershipIsUnavailableAValueNoOlderThanMaxStaleIsAnsweredAndAnOlderOneIsNot() {
        cache.get("FR", read("good standing"));
        Supplier<String> unavailable = () -> {
            reads.incrementAndGet();
            throw ApiException.unavailable("membership-service cannot be reached");
        };

        clock.advance(MAX_STALE.minusSeconds(1));
        assertThat(cache.get("FR", unavailable)).isEqualTo("good standing");

        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> cache.get("FR", unavailable)).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(503));
        assertThat(reads).as("every answer after the time to live was asked for").hasValue(3);
    }

    @Test
    void anAnswerOfMembershipItselfIsNotHiddenByACachedValue() {
        cache.get("FR", read("good standing"));
        clock.advance(TTL);
        assertThatThrownBy(() -> cache.get("FR", () -> {
            throw ApiException.notFound("membership-service knows no member FR");
        })).isInstanceOf(ApiException.class).satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(404));
    }

    @Test
    void theCallersWaitingForAFailedReadGetItsFailureAndTheNextCallerReadsAgain() throws Exception {
        InFlight inFlight = readInFlight("FR", () -> {
            throw ApiException.unavailable("membership-service cannot be reached");
        });
        Future<String> waiting = threads.submit(() -> cache.get("FR", read("its own read")));
        assertThatThrownBy(() -> waiting.get(200, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

        inFlight.release().countDown();
        for (Future<String> f : List.of(inFlight.caller(), waiting)) {
            assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(ApiException.class)
                    .satisfies(e -> assertThat(((ApiException) e.getCause()).status()).isEqualTo(503));
        }
        assertThat(cache.get("FR", read("good standing"))).isEqualTo("good standing");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aForgottenValueIsReadAgainAndAValuePutIsAnsweredAsReadNow() {
        cache.get("FR", read("good standing"));
        cache.forget("FR");
        assertThat(cache.get("FR", read("suspended"))).isEqualTo("suspended");

        clock.advance(TTL.multipliedBy(3));
        cache.put("FR", "from the roll");
        assertThat(cache.get("FR", read("not read"))).isEqualTo("from the roll");
        assertThat(reads).hasValue(2);
    }
}
