package com.salescarousel.entry.sender;

import com.salescarousel.push.PushSettings;
import com.salescarousel.send.MailSettings;
import com.salescarousel.send.UnsubscribeTokens;
import com.salescarousel.wiring.CoreModule;
import com.salescarousel.wiring.Settings;
import dagger.BindsInstance;
import dagger.Component;
import java.time.Clock;
import javax.inject.Singleton;

/** The touch-sender's graph: the store, SES, the unsubscribe signer. */
@Singleton
@Component(modules = {CoreModule.class, MailModule.class})
public interface TouchSenderComponent extends TouchSenderHandler.Graph {

    @Component.Factory
    interface Factory {
        TouchSenderComponent create(@BindsInstance Settings settings, @BindsInstance MailSettings mail,
                                    @BindsInstance UnsubscribeTokens tokens, @BindsInstance SesSettings ses,
                                    @BindsInstance PushSettings push, @BindsInstance Clock clock);
    }

    static TouchSenderComponent create(Settings s, MailSettings m, UnsubscribeTokens t, SesSettings ses, PushSettings push, Clock clock) {
        return DaggerTouchSenderComponent.factory().create(s, m, t, ses, push, clock);
    }

    /** Lambda's graph: everything from the function's environment (template.yaml). */
    static TouchSenderComponent fromEnvironment() {
        return create(Settings.fromEnvironment(), MailSettings.fromEnvironment(), UnsubscribeTokens.fromEnvironment(),
                SesSettings.fromEnvironment(), PushSettings.fromEnvironment(), Clock.systemUTC());
    }
}
