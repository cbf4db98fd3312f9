package com.salescarousel.entry.calculator;

import com.salescarousel.wiring.CoreModule;
import com.salescarousel.wiring.QueueModule;
import com.salescarousel.wiring.QueueSettings;
import com.salescarousel.wiring.Settings;
import dagger.BindsInstance;
import dagger.Component;
import java.time.Clock;
import javax.inject.Singleton;

/** The cadence-calculator's graph: the store and the send queue. */
@Singleton
@Component(modules = {CoreModule.class, QueueModule.class})
public interface CadenceCalculatorComponent extends CadenceCalculatorHandler.Graph {

    @Component.Factory
    interface Factory {
        CadenceCalculatorComponent create(@BindsInstance Settings settings, @BindsInstance QueueSettings queue,
                                          @BindsInstance Clock clock);
    }

    static CadenceCalculatorComponent create(Settings s, QueueSettings q, Clock clock) {
        return DaggerCadenceCalculatorComponent.factory().create(s, q, clock);
    }

    /** Lambda's graph: everything from the function's environment (template.yaml). */
    static CadenceCalculatorComponent fromEnvironment() {
        return create(Settings.fromEnvironment(), QueueSettings.fromEnvironment(), Clock.systemUTC());
    }
}
