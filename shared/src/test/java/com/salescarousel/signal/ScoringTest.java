package com.salescarousel.signal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sales-ready rule at its edges (DESIGN 7.1): 29 vs 31 days, 2 vs 3 signals, 1 vs 2 types, one high-intent type. */
class ScoringTest {
    static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    static final ScoringRule RULE = ScoringRule.DEFAULT;

    static Signal signal(SignalType type, Duration ago) {
        Instant at = NOW.minus(ago);
        return new Signal("rep", "P", "S" + at.toEpochMilli() + type, type, at, null, null, Signal.Source.WEBHOOK, null, NOW);
    }

    static Signal daysAgo(SignalType type, int days) {
        return signal(type, Duration.ofDays(days));
    }

    @Test
    void threeSignalsOfTwoTypes_within29Days_areReady_butOneOf31DaysAgoDoesNotCount() {
        var inside = List.of(daysAgo(SignalType.EBOOK_DOWNLOAD, 29), daysAgo(SignalType.WEBINAR_ATTENDED, 3), daysAgo(SignalType.EBOOK_DOWNLOAD, 1));
        assertTrue(Scoring.salesReady(inside, NOW, RULE));
        var oneTooOld = List.of(daysAgo(SignalType.EBOOK_DOWNLOAD, 31), daysAgo(SignalType.WEBINAR_ATTENDED, 3), daysAgo(SignalType.EBOOK_DOWNLOAD, 1));
        assertFalse(Scoring.salesReady(oneTooOld, NOW, RULE));
    }

    @Test
    void theWindowIsStrict_aSignalExactly30DaysOldNoLongerCounts() {
        var edge = List.of(daysAgo(SignalType.EBOOK_DOWNLOAD, 30), daysAgo(SignalType.WEBINAR_ATTENDED, 3), daysAgo(SignalType.EBOOK_DOWNLOAD, 1));
        assertFalse(Scoring.salesReady(edge, NOW, RULE));
        var justInside = List.of(signal(SignalType.EBOOK_DOWNLOAD, Duration.ofDays(30).minusSeconds(1)),
                daysAgo(SignalType.WEBINAR_ATTENDED, 3), daysAgo(SignalType.EBOOK_DOWNLOAD, 1));
        assertTrue(Scoring.salesReady(justInside, NOW, RULE));
    }

    @Test
    void twoSignals_areNotEnough_threeAre() {
        assertFalse(Scoring.salesReady(List.of(daysAgo(SignalType.EBOOK_DOWNLOAD, 2), daysAgo(SignalType.WEBINAR_ATTENDED, 1)), NOW, RULE));
        assertTrue(Scoring.salesReady(List.of(daysAgo(SignalType.EBOOK_DOWNLOAD, 2), daysAgo(SignalType.WEBINAR_ATTENDED, 1),
                daysAgo(SignalType.NEWSLETTER_CLICK, 0)), NOW, RULE));
    }

    @Test
    void threeSignalsOfOneType_areNotReady() {
        assertFalse(Scoring.salesReady(List.of(daysAgo(SignalType.NEWSLETTER_CLICK, 5), daysAgo(SignalType.NEWSLETTER_CLICK, 3),
                daysAgo(SignalType.NEWSLETTER_CLICK, 1), daysAgo(SignalType.NEWSLETTER_CLICK, 0)), NOW, RULE));
    }

    @Test
    void oneHighIntentSignal_isReadyAlone_eachOfTheThree() {
        for (SignalType t : List.of(SignalType.DEMO_REQUEST, SignalType.RFP_REQUEST, SignalType.PRICING_PAGE_VISIT)) {
            assertTrue(Scoring.salesReady(List.of(daysAgo(t, 29)), NOW, RULE), t.wire());
            assertFalse(Scoring.salesReady(List.of(daysAgo(t, 31)), NOW, RULE), t.wire() + " 31 days ago");
        }
        assertFalse(Scoring.salesReady(List.of(daysAgo(SignalType.WEBSITE_CHAT, 0)), NOW, RULE));
    }

    @Test
    void aSignalBeyondTheClockSkewInTheFuture_doesNotCount_oneWithinItDoes() {
        assertFalse(Scoring.salesReady(List.of(signal(SignalType.DEMO_REQUEST, Duration.ofMinutes(-6))), NOW, RULE));
        assertTrue(Scoring.salesReady(List.of(signal(SignalType.DEMO_REQUEST, Duration.ofMinutes(-4))), NOW, RULE));
    }

    @Test
    void theOrgsNumbersAndList_replaceTheDefaults() {
        var strict = new ScoringRule(7, 2, 1, EnumSet.of(SignalType.WEBSITE_CHAT));
        assertTrue(Scoring.salesReady(List.of(daysAgo(SignalType.WEBSITE_CHAT, 6)), NOW, strict));
        assertFalse(Scoring.salesReady(List.of(daysAgo(SignalType.DEMO_REQUEST, 1)), NOW, strict), "demo is not high intent here");
        assertTrue(Scoring.salesReady(List.of(daysAgo(SignalType.DEMO_REQUEST, 1), daysAgo(SignalType.DEMO_REQUEST, 2)), NOW, strict));
        assertFalse(Scoring.salesReady(List.of(daysAgo(SignalType.DEMO_REQUEST, 1), daysAgo(SignalType.DEMO_REQUEST, 8)), NOW, strict));
    }
}
