package com.salescarousel.entry.sender;

import com.salescarousel.wiring.AwsEndpoint;
import java.net.URI;
import java.util.Optional;

/**
 * Where SES is (its regional endpoint in AWS, {@code SES_ENDPOINT} in the local cloud), and how many
 * sender containers may run at once ({@code SENDER_CONCURRENCY}, the SQS source's maximum
 * concurrency): each paces to its share of the account's send rate, so together they stay under it.
 */
public record SesSettings(AwsEndpoint ses, int concurrentSenders) {
    public SesSettings {
        if (concurrentSenders < 1) throw new IllegalArgumentException("SENDER_CONCURRENCY must be at least 1");
    }

    /** Region and override as parts, as the local cloud, the tests and the benchmark pass them. */
    public SesSettings(String region, Optional<URI> endpoint, int concurrentSenders) {
        this(new AwsEndpoint(region, endpoint), concurrentSenders);
    }

    public SesSettings(String region, Optional<URI> endpoint) {
        this(region, endpoint, 1);
    }

    public static SesSettings fromEnvironment() {
        String concurrency = System.getenv().getOrDefault("SENDER_CONCURRENCY", "1");
        return new SesSettings(AwsEndpoint.fromEnvironment("SES_ENDPOINT"), Integer.parseInt(concurrency.strip()));
    }
}
