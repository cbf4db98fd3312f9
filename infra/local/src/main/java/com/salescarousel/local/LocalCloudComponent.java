package com.salescarousel.local;

import com.salescarousel.prospects.ProspectsApi;
import com.salescarousel.rep.Reps;
import com.salescarousel.wiring.CoreModule;
import com.salescarousel.wiring.Settings;
import dagger.BindsInstance;
import dagger.Component;
import java.time.Clock;
import javax.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The production modules, pointed at the local endpoints: one graph for every function in this JVM. */
@Singleton
@Component(modules = CoreModule.class)
interface LocalCloudComponent {
    ProspectsApi prospectsApi();

    Reps reps();

    DynamoDbClient dynamoDb();

    @Component.Factory
    interface Factory {
        LocalCloudComponent create(@BindsInstance Settings settings, @BindsInstance Clock clock);
    }
}
