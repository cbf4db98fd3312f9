package com.salescarousel.entry.calculator;

import com.salescarousel.digest.MorningRun;
import com.salescarousel.rep.ProfileStore;
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
public interface CadenceCalculatorComponent {
    MorningRun morningRun();

    /** For SnapStart priming: a read that cannot change anything. */
    ProfileStore profiles();

    @Component.Factory
    interface Factory {
        CadenceCalculatorComponent create(@BindsInstance Settings settings, @BindsInstance QueueSettings queue,
                                          @BindsInstance Clock clock);
    }

    static CadenceCalculatorComponent create(Settings s, QueueSettings q, Clock clock) {
        return DaggerCadenceCalculatorComponent.factory().create(s, q, clock);
    }
}
