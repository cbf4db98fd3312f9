package com.salescarousel.store;

import com.salescarousel.testing.DynamoDbFixture;
import com.salescarousel.testing.DynamoDbStores;
import com.salescarousel.testing.MotoFixture;
import com.salescarousel.testing.Stores;
import java.time.Clock;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The same contract against moto's DynamoDB (server mode, no Docker): a second emulator written
 * independently of Amazon's DynamoDB Local. Skipped, with the reason, where moto is not available.
 * Every contract test runs here except the one listed below, which moto cannot honour; it still
 * runs, unchanged, on DynamoDB Local (and on LocalStack where Docker exists).
 */
class MotoStoreIT extends StoreContract {
    @Override
    protected Stores freshStores(Clock clock) {
        return DynamoDbStores.onFreshTable(DynamoDbFixture.client(MotoFixture.endpointOrSkip()), clock);
    }

    /**
     * moto gap, not ours. moto_server serves requests on several threads with no lock around
     * TransactWriteItems, and it rolls a failed transaction back by restoring a deep copy of the
     * whole table taken when that transaction started (moto 5.2.5,
     * {@code moto/dynamodb/models/__init__.py}, {@code transact_write_items}). When two devices log a
     * touch at once, the loser's ConditionalCheckFailed restores its snapshot over the winner's
     * committed write, so a touch that DynamoDB (and DynamoDB Local) keeps is erased: seen here as
     * 3 of 4 touches counted (the test passes on moto only when the threads happen not to overlap).
     * The conditions themselves are checked on moto by the sequential conflict tests
     * ({@code replace_withStaleVersion_throwsAndLeavesTheItem},
     * {@code change_withStaleExpectedVersion_is409AndWritesNothing}, the idempotency replays).
     */
    @Override
    @Test
    @Disabled("moto 5.2.5: TransactWriteItems is not isolated between concurrent requests and a cancelled "
            + "transaction restores a whole-table snapshot, erasing the other device's committed touch; runs on DynamoDB Local")
    void logTouch_fromTwoDevicesAtOnce_losesNeither() {
    }
}
