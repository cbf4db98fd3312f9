package com.salescarousel.entry.intake;

import com.salescarousel.wiring.CoreModule;
import com.salescarousel.wiring.QueueModule;
import com.salescarousel.wiring.QueueSettings;
import com.salescarousel.wiring.Settings;
import dagger.BindsInstance;
import dagger.Component;
import java.time.Clock;
import javax.inject.Singleton;

/** The signal-intake's graph: the store, and the send queue its sales-ready alerts go on. */
@Singleton
@Component(modules = {CoreModule.class, QueueModule.class})
public interface SignalIntakeComponent extends SignalIntakeHandler.Graph {

    @Component.Factory
    interface Factory {
        SignalIntakeComponent create(@BindsInstance Settings settings, @BindsInstance QueueSettings queue, @BindsInstance Clock clock);
    }

    static SignalIntakeComponent create(Settings s, QueueSettings q, Clock clock) {
        return DaggerSignalIntakeComponent.factory().create(s, q, clock);
    }

    /** Lambda's graph: everything from the function's environment (template.yaml). */
    static SignalIntakeComponent fromEnvironment() {
        return create(Settings.fromEnvironment(), QueueSettings.fromEnvironment(), Clock.systemUTC());
    }
}
