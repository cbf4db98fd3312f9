package com.salescarousel.store;

import com.salescarousel.calendar.DynamoDbCalendarStore;
import com.salescarousel.erasure.DynamoDbTraceStore;
import com.salescarousel.imports.DynamoDbImportStore;
import com.salescarousel.prospect.DynamoDbProspectStore;
import com.salescarousel.send.DynamoDbSendStore;
import com.salescarousel.send.DynamoDbSuppressions;
import com.salescarousel.testing.DynamoDbFixture;
import com.salescarousel.touch.DynamoDbTouchStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The data-in-and-out contract on Amazon's DynamoDB Local. */
class DataInOutDynamoDbLocalIT extends DataInOutContract {
    @Override
    protected Ports fresh(Clock clock) {
        var ddb = DynamoDbFixture.client(DynamoDbFixture.localEndpoint());
        String table = DynamoDbFixture.freshTable(ddb);
        var enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(ddb).build();
        var idem = new Idempotency(ddb, table, clock);
        return new Ports(new DynamoDbProspectStore(ddb, enhanced, table, idem), new DynamoDbTouchStore(ddb, enhanced, table, idem),
                new DynamoDbSendStore(ddb, table), new DynamoDbSuppressions(ddb, table, clock), new DynamoDbImportStore(ddb, table, idem),
                new DynamoDbCalendarStore(ddb, table), new DynamoDbTraceStore(ddb, table),
                rep -> {
                    List<String> out = new ArrayList<>();
                    ddb.queryPaginator(q -> q.tableName(table).keyConditionExpression("PK = :pk")
                            .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("REP#" + rep)))).items()
                            .forEach(item -> out.add(item.get("SK").s() + " " + item));
                    return out;
                },
                (rep, sk) -> ddb.putItem(b -> b.tableName(table).item(Map.of("PK", AttributeValue.fromS("REP#" + rep),
                        "SK", AttributeValue.fromS(sk), "type", AttributeValue.fromS("planted")))));
    }
}
