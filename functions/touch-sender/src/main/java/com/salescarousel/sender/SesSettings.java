package com.salescarousel.sender;

import java.net.URI;
import java.util.Optional;

/** Where SES is: its regional endpoint in AWS, {@code SES_ENDPOINT} in the local cloud. */
public record SesSettings(String region, Optional<URI> endpoint) {
    public static SesSettings fromEnvironment() {
        return new SesSettings(System.getenv().getOrDefault("AWS_REGION", "us-east-1"),
                Optional.ofNullable(System.getenv("SES_ENDPOINT")).filter(s -> !s.isBlank()).map(URI::create));
    }
}
