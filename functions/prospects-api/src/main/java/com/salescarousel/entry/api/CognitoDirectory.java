package com.salescarousel.entry.api;

import com.salescarousel.error.Conflict;
import com.salescarousel.error.FieldError;
import com.salescarousel.rep.Claims;
import com.salescarousel.team.Member;
import com.salescarousel.team.TeamDirectory;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/**
 * The team's users in the Cognito user pool. The pool signs people in by e-mail, so a user's
 * username is their {@code sub}, the rep id; {@code custom:org} is set here from the manager's token
 * and users can never write it (template.yaml's app client). Cognito e-mails the invitation with a
 * temporary password; the first sign-in through the hosted UI sets a real one.
 */
final class CognitoDirectory implements TeamDirectory {
    private final CognitoIdentityProviderClient cognito;
    private final String userPoolId;

    CognitoDirectory(CognitoIdentityProviderClient cognito, String userPoolId) {
        this.cognito = cognito;
        this.userPoolId = userPoolId;
    }

    @Override
    public String invite(String org, String email, String name, boolean manager) {
        String sub = create(org, email, name);
        if (manager) cognito.adminAddUserToGroup(b -> b.userPoolId(userPoolId).username(sub).groupName(Claims.MANAGERS));
        return sub;
    }

    /** The new user's subject; a retried invitation finds its own user, someone else's team is refused without saying whose. */
    private String create(String org, String email, String name) {
        try {
            var created = cognito.adminCreateUser(b -> b.userPoolId(userPoolId).username(email)
                    .userAttributes(attribute("email", email), attribute("email_verified", "true"), attribute("name", name),
                            attribute(Claims.ORG, org))
                    .desiredDeliveryMediums(DeliveryMediumType.EMAIL));
            return value(created.user().attributes(), Claims.SUB);
        } catch (UsernameExistsException exists) {
            var user = cognito.adminGetUser(b -> b.userPoolId(userPoolId).username(email));
            if (!org.equals(value(user.userAttributes(), Claims.ORG))) {
                throw new Conflict(Conflict.Kind.DUPLICATE, "email: already has an account in another team",
                        List.of(new FieldError("email", "already has an account in another team")), Map.of());
            }
            return value(user.userAttributes(), Claims.SUB);
        }
    }

    /** Disabled users cannot sign in or refresh; the global sign-out revokes their refresh tokens too. */
    @Override
    public void disable(Member member) {
        cognito.adminDisableUser(b -> b.userPoolId(userPoolId).username(member.repId()));
        cognito.adminUserGlobalSignOut(b -> b.userPoolId(userPoolId).username(member.repId()));
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }

    private static String value(List<AttributeType> attributes, String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).map(AttributeType::value).findFirst().orElse(null);
    }
}
