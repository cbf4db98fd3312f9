package com.salescarousel.entry.sender;

import com.salescarousel.push.Pusher;
import com.salescarousel.send.MailSettings;
import com.salescarousel.send.Mailer;
import com.salescarousel.send.UnsubscribeTokens;
import com.salescarousel.testing.memory.InMemoryStoreModule;
import com.salescarousel.testing.memory.InMemoryStores;
import dagger.BindsInstance;
import dagger.Component;
import java.time.Clock;

/** The touch-sender's graph for the fast tier: in-memory stores, and a mail and push service the test scripts. */
@Component(modules = InMemoryStoreModule.class)
interface InMemoryTouchSenderComponent extends TouchSenderHandler.Graph {

    @Component.Factory
    interface Factory {
        InMemoryTouchSenderComponent create(@BindsInstance InMemoryStores stores, @BindsInstance Mailer mailer,
                                            @BindsInstance Pusher pusher, @BindsInstance UnsubscribeTokens tokens,
                                            @BindsInstance MailSettings mail, @BindsInstance Clock clock);
    }
}
