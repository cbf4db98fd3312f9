package com.salescarousel.entry.calculator;

import com.salescarousel.json.Json;
import com.salescarousel.rep.ProfileStore;
import com.salescarousel.wiring.SnapStartPriming;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * SnapStart priming: before the snapshot, warm what every hourly run needs, without running one.
 *
 * <p>A real run is not an option: it queues digests and touches (writes to the table and to SQS).
 * Instead: parse a schedule event's {@code time} as the handler does, read a rep profile that cannot
 * exist (one DynamoDB GetItem through the enhanced client and its static table schema: endpoint
 * rules, signing, the HTTP client, the JSON protocol, the mapper) and write a result map as JSON. A
 * read changes nothing, needs no permission the function lacks, and returns the same (nothing)
 * whatever the table holds. SQS is left cold on purpose: SendMessage, the one SQS call we may make,
 * would queue work. The connection opened here is not reused after restore (HttpURLConnection drops
 * idle keep-alive connections by wall-clock age).
 */
public final class CadenceCalculatorPriming extends SnapStartPriming {
    static final String MISSING_REP = "snapstart-priming";

    private final ProfileStore profiles;

    CadenceCalculatorPriming(ProfileStore profiles) {
        this.profiles = profiles;
    }

    @Override
    protected void warm() {
        prime();
    }

    /** Public for the benchmark; returns the JSON it wrote. */
    public String prime() {
        var at = OffsetDateTime.parse("2026-01-05T07:00:00Z").toInstant();
        boolean found = profiles.find(MISSING_REP).isPresent();
        return Json.write(Map.of("runStart", at.toString(), "reps", found ? 1 : 0, "digestsQueued", 0));
    }
}
