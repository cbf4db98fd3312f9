package com.salescarousel.team;

/**
 * The user directory people sign in through: Cognito in AWS, the local cloud's own users locally. A
 * manager's invitations and disables go through it; the org always comes from the manager's token.
 */
public interface TeamDirectory {

    /**
     * Creates a user who signs in into {@code org} (in the managers' group when {@code manager}); the
     * directory sends them how to sign in the first time. Returns the user's subject: the rep id their
     * tokens will carry. A user who already exists in the same org is returned as is (a retried
     * invitation); one who exists in another org is a {@link com.salescarousel.error.Conflict} on {@code email}.
     */
    String invite(String org, String email, String name, boolean manager);

    /** Stops the member signing in, and ends their sessions where the directory can. Doing it twice is harmless. */
    void disable(Member member);
}
