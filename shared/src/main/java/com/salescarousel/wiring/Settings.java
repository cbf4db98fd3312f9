package com.salescarousel.wiring;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Where a function's AWS services are. In Lambda everything comes from the environment; the local
 * cloud and the tests point the same wiring at their own endpoints.
 */
public record Settings(String tableName, String region, Optional<URI> dynamoDbEndpoint) {
    public static final String TABLE_NAME = "TABLE_NAME";

    public static Settings fromEnvironment() {
        return from(System.getenv());
    }

    static Settings from(Map<String, String> env) {
        String table = env.get(TABLE_NAME);
        if (table == null || table.isBlank()) throw new IllegalStateException(TABLE_NAME + " is not set");
        String region = env.getOrDefault("AWS_REGION", "us-east-1");
        Optional<URI> endpoint = Optional.ofNullable(env.get("DYNAMODB_ENDPOINT")).filter(s -> !s.isBlank()).map(URI::create);
        return new Settings(table, region, endpoint);
    }

    public static Settings local(String tableName, URI dynamoDbEndpoint) {
        return new Settings(tableName, "us-east-1", Optional.of(dynamoDbEndpoint));
    }
}
