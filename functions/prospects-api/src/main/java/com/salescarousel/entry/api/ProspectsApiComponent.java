package com.salescarousel.entry.api;

import com.salescarousel.push.PushSettings;
import com.salescarousel.send.UnsubscribeTokens;
import com.salescarousel.wiring.CoreModule;
import com.salescarousel.wiring.QueueModule;
import com.salescarousel.wiring.QueueSettings;
import com.salescarousel.wiring.Settings;
import dagger.BindsInstance;
import dagger.Component;
import java.time.Clock;
import javax.inject.Singleton;

/** The prospects-api function's object graph: compile-time wiring, built once per container. */
@Singleton
@Component(modules = {CoreModule.class, QueueModule.class, DirectoryModule.class, SignalModule.class, SignalEnvironmentModule.class})
public interface ProspectsApiComponent extends ProspectsApiHandler.Graph {

    @Component.Factory
    interface Factory {
        ProspectsApiComponent create(@BindsInstance Settings settings, @BindsInstance QueueSettings queue,
                                     @BindsInstance UnsubscribeTokens tokens, @BindsInstance PushSettings push,
                                     @BindsInstance Clock clock);
    }

    static ProspectsApiComponent create(Settings settings, QueueSettings queue, UnsubscribeTokens tokens, PushSettings push, Clock clock) {
        return DaggerProspectsApiComponent.factory().create(settings, queue, tokens, push, clock);
    }

    /** Lambda's graph: everything from the function's environment (template.yaml). */
    static ProspectsApiComponent fromEnvironment() {
        return create(Settings.fromEnvironment(), QueueSettings.fromEnvironment(), UnsubscribeTokens.fromEnvironment(),
                PushSettings.fromEnvironment(), Clock.systemUTC());
    }
}
