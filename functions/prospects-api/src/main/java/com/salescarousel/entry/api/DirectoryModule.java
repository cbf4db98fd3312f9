package com.salescarousel.entry.api;

import com.salescarousel.team.TeamDirectory;
import com.salescarousel.wiring.AwsEndpoint;
import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * The Cognito user pool the API invites into ({@code USER_POOL_ID}, {@code COGNITO_ENDPOINT} off AWS).
 * Only invitations and disables use it, and {@code Team} takes it lazily: other requests, the cold
 * start and the SnapStart priming never build this client.
 */
@Module
public final class DirectoryModule {
    private DirectoryModule() {}

    @Provides
    @Singleton
    static TeamDirectory directory() {
        String pool = System.getenv("USER_POOL_ID");
        if (pool == null || pool.isBlank()) throw new IllegalStateException("USER_POOL_ID is not set");
        var cognito = AwsEndpoint.fromEnvironment("COGNITO_ENDPOINT").configure(CognitoIdentityProviderClient.builder()).build();
        return new CognitoDirectory(cognito, pool.strip());
    }
}
