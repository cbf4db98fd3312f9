package com.salescarousel.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The rule over many signal sets and org rules: its answer, counted independently, and its shape. */
class ScoringPropertiesTest {
    static final Instant NOW = ScoringTest.NOW;

    @Provide
    Arbitrary<Signal> signals() {
        return Combinators.combine(Arbitraries.of(SignalType.class), Arbitraries.longs().between(-600, 90L * 24 * 3600))
                .as((type, secondsAgo) -> ScoringTest.signal(type, Duration.ofSeconds(secondsAgo)));
    }

    @Provide
    Arbitrary<List<Signal>> lists() {
        return signals().list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<ScoringRule> rules() {
        return Combinators.combine(Arbitraries.integers().between(1, 90), Arbitraries.integers().between(1, 6),
                        Arbitraries.integers().between(1, 6), Arbitraries.of(SignalType.class).set().ofMaxSize(4))
                .as((window, n, types, high) -> new ScoringRule(window, Math.max(n, types), types,
                        high.isEmpty() ? EnumSet.noneOf(SignalType.class) : EnumSet.copyOf(high)));
    }

    /** The rule spelled out a second way: a signal counts when it is at most window-1s old and at most 5 minutes ahead. */
    static boolean expected(List<Signal> signals, ScoringRule rule) {
        List<Signal> counted = new ArrayList<>();
        for (Signal s : signals) {
            long age = NOW.getEpochSecond() - s.at().getEpochSecond();
            if (age < rule.windowDays() * 86_400L && age >= -300) counted.add(s);
        }
        if (counted.stream().anyMatch(s -> rule.highIntent().contains(s.type()))) return true;
        Set<SignalType> kinds = new HashSet<>();
        counted.forEach(s -> kinds.add(s.type()));
        return counted.size() >= rule.minSignals() && kinds.size() >= rule.minTypes();
    }

    @Property(tries = 500)
    void matchesTheRuleCountedIndependently(@ForAll("lists") List<Signal> signals, @ForAll("rules") ScoringRule rule) {
        assertEquals(expected(signals, rule), Scoring.salesReady(signals, NOW, rule));
    }

    @Property
    void orderDoesNotMatter(@ForAll("lists") List<Signal> signals, @ForAll("rules") ScoringRule rule, @ForAll long seed) {
        List<Signal> shuffled = new ArrayList<>(signals);
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(Scoring.salesReady(signals, NOW, rule), Scoring.salesReady(shuffled, NOW, rule));
    }

    @Property
    void aMoreRecentSignal_neverTakesReadinessAway(@ForAll("lists") List<Signal> signals, @ForAll("signals") Signal more,
                                                   @ForAll("rules") ScoringRule rule) {
        List<Signal> plus = new ArrayList<>(signals);
        plus.add(more);
        if (Scoring.salesReady(signals, NOW, rule)) assertTrue(Scoring.salesReady(plus, NOW, rule));
    }

    @Property
    void signalsOutsideTheWindow_changeNothing(@ForAll("lists") List<Signal> signals, @ForAll("rules") ScoringRule rule,
                                               @ForAll("outside") Duration ago) {
        List<Signal> plus = new ArrayList<>(signals);
        plus.add(ScoringTest.signal(SignalType.DEMO_REQUEST, Duration.ofDays(rule.windowDays()).plus(ago)));
        assertEquals(Scoring.salesReady(signals, NOW, rule), Scoring.salesReady(plus, NOW, rule));
    }

    @Provide
    Arbitrary<Duration> outside() {
        return Arbitraries.longs().between(0, 400L * 24 * 3600).map(Duration::ofSeconds);
    }
}
