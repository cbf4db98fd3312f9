package com.salescarousel.wiring;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Where a function's table is. In Lambda everything comes from the environment ({@code TABLE_NAME},
 * {@code AWS_REGION}); the local cloud and the tests point the same wiring at their own endpoint
 * ({@code DYNAMODB_ENDPOINT}).
 */
public record Settings(String tableName, AwsEndpoint dynamoDb) {
    public static final String TABLE_NAME = "TABLE_NAME";

    /** Region and override as parts, as the local cloud and the test fixtures pass them. */
    public Settings(String tableName, String region, Optional<URI> dynamoDbEndpoint) {
        this(tableName, new AwsEndpoint(region, dynamoDbEndpoint));
    }

    public static Settings fromEnvironment() {
        return from(System.getenv());
    }

    static Settings from(Map<String, String> env) {
        return new Settings(required(env, TABLE_NAME), AwsEndpoint.from(env, "DYNAMODB_ENDPOINT"));
    }

    public static Settings local(String tableName, URI dynamoDbEndpoint) {
        return new Settings(tableName, AwsEndpoint.local(dynamoDbEndpoint));
    }

    static String required(Map<String, String> env, String name) {
        String v = env.get(name);
        if (v == null || v.isBlank()) throw new IllegalStateException(name + " is not set");
        return v;
    }
}
