package com.salescarousel.entry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.error.Conflict;
import com.salescarousel.team.Member;
import com.salescarousel.testing.MotoFixture;
import com.salescarousel.wiring.AwsEndpoint;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;

/**
 * The Cognito adapter against moto's Cognito user pools (skipped, with the reason, without moto): a pool
 * shaped like template.yaml's (e-mail as the username, {@code custom:org}, the managers' group).
 */
class MotoCognitoIT {
    private CognitoIdentityProviderClient cognito;
    private String pool;
    private CognitoDirectory directory;

    @BeforeEach
    void pool() {
        cognito = AwsEndpoint.local(MotoFixture.endpointOrSkip()).configure(CognitoIdentityProviderClient.builder()).build();
        pool = cognito.createUserPool(b -> b.poolName("carousel-" + System.nanoTime()).usernameAttributes(UsernameAttributeType.EMAIL)
                .schema(s -> s.name("org").attributeDataType(AttributeDataType.STRING).mutable(true))).userPool().id();
        cognito.createGroup(b -> b.userPoolId(pool).groupName("managers"));
        directory = new CognitoDirectory(cognito, pool);
    }

    private String attribute(String username, String name) {
        return cognito.adminGetUser(b -> b.userPoolId(pool).username(username)).userAttributes().stream()
                .filter(a -> a.name().equals(name)).map(AttributeType::value).findFirst().orElse(null);
    }

    @Test
    void invite_createsTheUserInTheOrg_andARetryFindsTheSameUser() {
        String sub = directory.invite("acme", "rita@acme.example", "Rita", false);
        assertEquals("acme", attribute(sub, "custom:org"));
        assertEquals("rita@acme.example", attribute(sub, "email"));
        assertEquals("Rita", attribute(sub, "name"));
        assertEquals(sub, attribute("rita@acme.example", "sub"), "the subject is what tokens will carry");
        assertEquals(sub, directory.invite("acme", "rita@acme.example", "Rita", false), "a retried invitation");
        assertEquals(List.of(), cognito.adminListGroupsForUser(b -> b.userPoolId(pool).username(sub)).groups());
    }

    @Test
    void anotherTeamsUser_isAConflict_andAManagerJoinsTheGroup() {
        directory.invite("acme", "rita@acme.example", "Rita", false);
        var c = assertThrows(Conflict.class, () -> directory.invite("other", "rita@acme.example", "Rita", false));
        assertEquals(Conflict.Kind.DUPLICATE, c.kind());
        String max = directory.invite("acme", "max@acme.example", "Max", true);
        assertEquals(List.of("managers"), cognito.adminListGroupsForUser(b -> b.userPoolId(pool).username(max)).groups().stream()
                .map(GroupType::groupName).toList());
        assertNotEquals(max, attribute("rita@acme.example", "sub"));
    }

    @Test
    void disable_stopsTheUser() {
        String sub = directory.invite("acme", "rita@acme.example", "Rita", false);
        assertTrue(cognito.adminGetUser(b -> b.userPoolId(pool).username(sub)).enabled());
        Member rita = new Member("acme", sub, "Rita", "rita@acme.example", "rep", true, Member.Status.INVITED, Instant.EPOCH);
        directory.disable(rita);
        directory.disable(rita);
        assertFalse(cognito.adminGetUser(b -> b.userPoolId(pool).username(sub)).enabled());
    }
}
