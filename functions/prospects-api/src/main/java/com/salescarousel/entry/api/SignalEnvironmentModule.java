package com.salescarousel.entry.api;

import com.salescarousel.signal.SignalSettings;
import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;

/** Lambda's signal settings, from the function's environment; the local cloud binds its own instead. */
@Module
public final class SignalEnvironmentModule {
    private SignalEnvironmentModule() {}

    @Provides
    @Singleton
    static SignalSettings settings() {
        return SignalSettings.fromEnvironment();
    }
}
