package com.salescarousel.local;

import com.salescarousel.digest.MorningRun;
import com.salescarousel.entry.api.ProspectsApi;
import com.salescarousel.entry.api.ProspectsApiHandler;
import com.salescarousel.entry.api.SignalModule;
import com.salescarousel.entry.calculator.CadenceCalculatorHandler;
import com.salescarousel.entry.intake.SignalIntakeHandler;
import com.salescarousel.entry.sender.MailModule;
import com.salescarousel.entry.sender.SesSettings;
import com.salescarousel.entry.sender.TouchSenderHandler;
import com.salescarousel.push.PushSettings;
import com.salescarousel.rep.Reps;
import com.salescarousel.send.MailSettings;
import com.salescarousel.send.Sender;
import com.salescarousel.send.Suppressions;
import com.salescarousel.send.UnsubscribeTokens;
import com.salescarousel.signal.SignalSettings;
import com.salescarousel.team.TeamDirectory;
import com.salescarousel.wiring.CoreModule;
import com.salescarousel.wiring.QueueModule;
import com.salescarousel.wiring.QueueSettings;
import com.salescarousel.wiring.Settings;
import dagger.BindsInstance;
import dagger.Component;
import java.time.Clock;
import javax.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The production modules of all four functions, pointed at the local endpoints: one graph for
 * the whole product in this JVM, with the same clients, stores and use cases as in Lambda. The user
 * directory is the local cloud's own ({@link LocalUsers}) instead of Cognito.
 */
@Singleton
@Component(modules = {CoreModule.class, QueueModule.class, MailModule.class, SignalModule.class})
interface LocalCloudComponent extends ProspectsApiHandler.Graph, CadenceCalculatorHandler.Graph, TouchSenderHandler.Graph,
        SignalIntakeHandler.Graph {
    ProspectsApi prospectsApi();

    Reps reps();

    DynamoDbClient dynamoDb();

    SqsClient sqs();

    Sender sender();

    Suppressions suppressions();

    MorningRun morningRun();

    @Component.Factory
    interface Factory {
        LocalCloudComponent create(@BindsInstance Settings settings, @BindsInstance QueueSettings queue,
                                   @BindsInstance UnsubscribeTokens tokens, @BindsInstance MailSettings mail,
                                   @BindsInstance SesSettings ses, @BindsInstance PushSettings push,
                                   @BindsInstance TeamDirectory directory, @BindsInstance SignalSettings signals,
                                   @BindsInstance Clock clock);
    }
}
