import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Issue 16's HTTP-client comparison, in a fresh JVM: build one SDK HTTP client of the kind named
 * (urlconnection, the production choice; apache; crt, the AWS CRT client), a DynamoDB client on it as
 * AwsEndpoint.configure does, then two GetItems against the local cloud's DynamoDB Local. Prints
 * key=value pairs (ms): http = building the HTTP client (CRT: loading its native library), client = the
 * DynamoDB client, first = the first GetItem (signing, marshalling, connection), second = the next.
 *
 *   java -cp <SDK + client jars>:<dir> HttpClientStart <urlconnection|apache|crt> <DynamoDB endpoint>
 * Built and run by bench/cold-start.sh (HTTP_CLIENTS=1); not part of any artifact.
 */
public final class HttpClientStart {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        SdkHttpClient http = switch (args[0]) {
            case "urlconnection" -> software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create();
            case "apache" -> software.amazon.awssdk.http.apache.ApacheHttpClient.create();
            case "crt" -> software.amazon.awssdk.http.crt.AwsCrtHttpClient.create();
            default -> throw new IllegalArgumentException(args[0]);
        };
        long t1 = System.nanoTime();
        DynamoDbClient ddb = DynamoDbClient.builder().httpClient(http).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .endpointOverride(URI.create(args[1])).build();
        long t2 = System.nanoTime();
        Map<String, AttributeValue> key = Map.of("PK", AttributeValue.fromS("REP#nobody"), "SK", AttributeValue.fromS("PROFILE"));
        ddb.getItem(g -> g.tableName("Carousel").key(key));
        long t3 = System.nanoTime();
        ddb.getItem(g -> g.tableName("Carousel").key(key));
        long t4 = System.nanoTime();
        System.out.printf("http_ms=%.1f client_ms=%.1f first_ms=%.1f second_ms=%.1f total_ms=%.1f%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6, (t4 - t0) / 1e6);
        ddb.close();
        http.close();
    }
}
