package com.salescarousel.rep;

/**
 * The verified caller, from the JWT authorizer's claims. Every key a request touches is derived
 * from {@code repId} (the token's {@code sub}), never from a path or body field alone.
 */
public record Caller(String repId, String email, String name, String org, boolean manager) {
}
