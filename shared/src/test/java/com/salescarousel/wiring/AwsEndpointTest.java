package com.salescarousel.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

class AwsEndpointTest {

    @Test
    void fromEnvironment_onLambda_regionFromTheEnvironment_noOverride_roleCredentials() {
        AwsEndpoint e = AwsEndpoint.from(Map.of("AWS_REGION", "eu-west-1"), "DYNAMODB_ENDPOINT");
        assertEquals(new AwsEndpoint("eu-west-1", Optional.empty()), e);
        assertInstanceOf(EnvironmentVariableCredentialsProvider.class, e.credentials());
    }

    @Test
    void fromEnvironment_withOverride_isLocal_withStaticCredentials() {
        AwsEndpoint e = AwsEndpoint.from(Map.of("SQS_ENDPOINT", " http://127.0.0.1:9324 "), "SQS_ENDPOINT");
        assertEquals(new AwsEndpoint("us-east-1", Optional.of(URI.create("http://127.0.0.1:9324"))), e);
        assertInstanceOf(StaticCredentialsProvider.class, e.credentials());
    }

    @Test
    void fromEnvironment_blankOverride_isNoOverride() {
        assertEquals(Optional.empty(), AwsEndpoint.from(Map.of("SES_ENDPOINT", "  "), "SES_ENDPOINT").override());
    }

    @Test
    void configure_anyClientBuilder_getsTheRegionAndTheOverride() {
        URI local = URI.create("http://127.0.0.1:8000");
        try (DynamoDbClient ddb = AwsEndpoint.local(local).configure(DynamoDbClient.builder()).build();
             SqsClient sqs = new AwsEndpoint("eu-central-1", Optional.empty()).configure(SqsClient.builder()).build()) {
            assertEquals(Region.US_EAST_1, ddb.serviceClientConfiguration().region());
            assertEquals(Optional.of(local), ddb.serviceClientConfiguration().endpointOverride());
            assertEquals(Region.EU_CENTRAL_1, sqs.serviceClientConfiguration().region());
            assertTrue(sqs.serviceClientConfiguration().endpointOverride().isEmpty());
        }
    }

    @Test
    void settings_withoutTableName_nameTheVariable() {
        var e = assertThrows(IllegalStateException.class, () -> Settings.from(Map.of("AWS_REGION", "eu-west-1")));
        assertEquals("TABLE_NAME is not set", e.getMessage());
        Settings s = Settings.from(Map.of("TABLE_NAME", "Carousel", "DYNAMODB_ENDPOINT", "http://127.0.0.1:8000"));
        assertEquals(new Settings("Carousel", AwsEndpoint.local(URI.create("http://127.0.0.1:8000"))), s);
    }
}
