package com.salescarousel.wiring;

import com.salescarousel.ops.OpsModule;
import dagger.Module;

/**
 * What every function's graph holds: the DynamoDB clients and the stores on them. Split in two so
 * that a graph can keep one half and swap the other (a test's in-memory stores need no clients).
 * The business metrics ride along: every function counts something.
 */
@Module(includes = {DynamoDbModule.class, DynamoDbStoresModule.class, OpsModule.class})
public final class CoreModule {
    private CoreModule() {}
}
