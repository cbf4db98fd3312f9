package com.salescarousel.referral;

import com.salescarousel.cadence.DynamoDbTierStore;
import com.salescarousel.prospect.DynamoDbProspectStore;
import com.salescarousel.rep.DynamoDbProfileStore;
import com.salescarousel.store.Idempotency;
import com.salescarousel.wiring.Settings;
import java.time.Clock;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Runs {@link WonToCustomers} once against a table, configured as the functions are: {@code TABLE_NAME},
 * {@code AWS_REGION}, credentials from the environment, and {@code DYNAMODB_ENDPOINT} for an emulator.
 * Safe to run again. From the repository, after {@code mvn package}:
 * {@code TABLE_NAME=Carousel java -cp infra/local/target/carousel-local.jar com.salescarousel.referral.WonToCustomersCommand}.
 */
public final class WonToCustomersCommand {
    private WonToCustomersCommand() {}

    public static void main(String[] args) {
        Settings s = Settings.fromEnvironment();
        try (DynamoDbClient ddb = s.dynamoDb().configure(DynamoDbClient.builder()).build()) {
            var enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(ddb).build();
            Clock clock = Clock.systemUTC();
            var run = new WonToCustomers(new DynamoDbProfileStore(ddb, enhanced, s.tableName(), clock),
                    new DynamoDbProspectStore(ddb, enhanced, s.tableName(), new Idempotency(ddb, s.tableName(), clock)),
                    new DynamoDbTierStore(ddb, s.tableName()), clock);
            WonToCustomers.Report r = run.run();
            System.out.printf("table %s: %d reps, %d won prospects, %d moved to the customer tier (the rest were already there)%n",
                    s.tableName(), r.reps(), r.won(), r.migrated());
        }
    }
}
