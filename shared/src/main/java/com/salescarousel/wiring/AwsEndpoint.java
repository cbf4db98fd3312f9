package com.salescarousel.wiring;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * Where one AWS service is: its region and, off AWS (the local cloud, the emulators), an endpoint
 * override. The one place that decides how an SDK client is built, for every client in every graph.
 */
public record AwsEndpoint(String region, Optional<URI> override) {
    public static final String DEFAULT_REGION = "us-east-1";

    public AwsEndpoint {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(override, "override");
    }

    /** {@code AWS_REGION} (Lambda sets it) and the override in {@code overrideVariable}, when set. */
    public static AwsEndpoint fromEnvironment(String overrideVariable) {
        return from(System.getenv(), overrideVariable);
    }

    static AwsEndpoint from(Map<String, String> env, String overrideVariable) {
        return new AwsEndpoint(env.getOrDefault("AWS_REGION", DEFAULT_REGION),
                Optional.ofNullable(env.get(overrideVariable)).filter(s -> !s.isBlank()).map(s -> URI.create(s.strip())));
    }

    /** An emulator on this machine (the local cloud, DynamoDB Local, moto): any region, any credentials. */
    public static AwsEndpoint local(URI endpoint) {
        return new AwsEndpoint(DEFAULT_REGION, Optional.of(endpoint));
    }

    /**
     * Sets up any SDK v2 sync client builder: the url-connection HTTP client (no Netty or Apache in
     * function jars), the region, and the credentials. Lambda puts the role's credentials in the
     * environment, so the environment provider skips the default chain's probing (profile files,
     * container and instance metadata) at cold start; an emulator takes any static pair.
     */
    public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B configure(B builder) {
        builder.httpClient(UrlConnectionHttpClient.create()).region(Region.of(region)).credentialsProvider(credentials());
        override.ifPresent(builder::endpointOverride);
        return builder;
    }

    AwsCredentialsProvider credentials() {
        return override.isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))
                : EnvironmentVariableCredentialsProvider.create();
    }
}
