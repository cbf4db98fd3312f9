package com.salescarousel.referral;

import com.salescarousel.testing.Stores;
import com.salescarousel.testing.memory.InMemoryStores;
import java.time.Clock;

/** The referral contract on the in-memory fakes the fast tier wires. */
class InMemoryReferralTest extends ReferralContract {
    @Override
    protected Stores freshStores(Clock clock) {
        return new InMemoryStores();
    }
}
