package com.salescarousel.prospect;

import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Keys;
import com.salescarousel.store.WriteTransaction;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One e-mail address per rep, held by the store rather than by a read before the write: an item
 * {@code REP#<rep>} / {@code EMAIL#<sha256(lower(email))>} naming the prospect that has the address,
 * claimed in the transaction that creates or re-addresses that prospect and released in the one
 * that deletes it or moves it to another address. A second claim fails its condition, so two
 * devices (or an import and a device) cannot both add the same person. Keys hold no address.
 */
public final class EmailGuard {
    static final String HOLDER = "prospectId";

    private final DynamoDbClient ddb;
    private final String tableName;

    public EmailGuard(DynamoDbClient ddb, String tableName) {
        this.ddb = ddb;
        this.tableName = tableName;
    }

    /** Whether two addresses are the same for the guard (null is no address). */
    public static boolean sameAddress(String a, String b) {
        return a == null ? b == null : b != null && Keys.email(a).equals(Keys.email(b));
    }

    /** Claims the address for the prospect: free, or already its own. The slot fails when another prospect has it. */
    public WriteTransaction.Slot claim(WriteTransaction work, String repId, String email, String prospectId) {
        Map<String, AttributeValue> item = Map.of(CarouselTable.PK, AttributeValue.fromS(Keys.rep(repId)),
                CarouselTable.SK, AttributeValue.fromS(Keys.email(email)), "type", AttributeValue.fromS("email-guard"),
                HOLDER, AttributeValue.fromS(prospectId));
        return work.put(item, heldBy(prospectId, "attribute_not_exists(PK) OR #holder = :id"));
    }

    /** Releases the address if the prospect holds it (a prospect stored before the guard existed may not). */
    public void releaseIfHeld(WriteTransaction work, String repId, String email, String prospectId) {
        if (!holder(repId, email).map(prospectId::equals).orElse(false)) return;
        work.delete(key(repId, email), heldBy(prospectId, "#holder = :id"));
    }

    /** The id of the rep's prospect with this address, if any. */
    public Optional<String> holder(String repId, String email) {
        var item = ddb.getItem(b -> b.tableName(tableName).consistentRead(true).key(key(repId, email))).item();
        AttributeValue id = item == null ? null : item.get(HOLDER);
        return Optional.ofNullable(id).map(AttributeValue::s);
    }

    private static Map<String, AttributeValue> key(String repId, String email) {
        return Map.of(CarouselTable.PK, AttributeValue.fromS(Keys.rep(repId)), CarouselTable.SK, AttributeValue.fromS(Keys.email(email)));
    }

    private static Expression heldBy(String prospectId, String condition) {
        return Expression.builder().expression(condition).expressionNames(Map.of("#holder", HOLDER))
                .expressionValues(Map.of(":id", AttributeValue.fromS(prospectId))).build();
    }
}
