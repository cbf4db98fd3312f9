package com.salescarousel.ops;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;

/** The business-metrics port for a function's graph: counts published as EMF ({@link EmfSink#fromEnvironment()}). */
@Module
public final class OpsModule {
    private OpsModule() {}

    @Provides
    @Singleton
    static Invocations invocations() {
        return new Invocations(EmfSink.fromEnvironment());
    }

    @Provides
    static Activity activity(Invocations invocations) {
        return invocations;
    }
}
