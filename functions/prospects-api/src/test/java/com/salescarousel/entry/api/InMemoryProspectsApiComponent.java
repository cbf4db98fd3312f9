package com.salescarousel.entry.api;

import com.salescarousel.push.PushSettings;
import com.salescarousel.send.SendQueue;
import com.salescarousel.send.UnsubscribeTokens;
import com.salescarousel.testing.memory.InMemoryStoreModule;
import com.salescarousel.testing.memory.InMemoryStores;
import dagger.BindsInstance;
import dagger.Component;
import java.time.Clock;

/**
 * The prospects-api graph for the fast tier: the production use cases and router, with the store
 * ports from {@link InMemoryStores} and the send queue a test records, instead of DynamoDB and SQS.
 */
@Component(modules = InMemoryStoreModule.class)
interface InMemoryProspectsApiComponent extends ProspectsApiHandler.Graph {

    @Component.Factory
    interface Factory {
        InMemoryProspectsApiComponent create(@BindsInstance InMemoryStores stores, @BindsInstance SendQueue queue,
                                             @BindsInstance UnsubscribeTokens tokens, @BindsInstance PushSettings push,
                                             @BindsInstance Clock clock);
    }
}
