package com.salescarousel.sam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.store.CarouselTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/**
 * What cfn-lint and 'sam validate --lint' cannot know: that template.yaml, the code and the built
 * artifacts agree, and that the IAM and failure paths are as tight as we claim.
 */
class TemplateTest {
    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final CfnTemplate TEMPLATE = CfnTemplate.load(ROOT.resolve("template.yaml"));

    /** Actions IAM only grants on Resource "*" (no resource-level permissions exist for them). */
    private static final Set<String> ACCOUNT_LEVEL_ACTIONS = Set.of("ses:GetAccount");

    /** Read by the code but never set in AWS: local endpoint overrides, and what Lambda itself sets. */
    private static boolean setByLambdaOrLocalOnly(String name) {
        return name.endsWith("_ENDPOINT") || name.equals("AWS_REGION") || name.equals("AWS_LAMBDA_FUNCTION_NAME")
                || name.equals("DDB_LOCAL_TELEMETRY");
    }

    @Test
    void table_keysAndIndexes_matchTheCodesDefinition() {
        Map<String, Object> table = TEMPLATE.properties("CarouselTable");
        CreateTableRequest code = CarouselTable.definition("Carousel");
        Set<String> templateAttrs = CfnTemplate.maps(table.get("AttributeDefinitions")).stream()
                .map(a -> a.get("AttributeName") + ":" + a.get("AttributeType")).collect(Collectors.toSet());
        Set<String> codeAttrs = code.attributeDefinitions().stream()
                .map(a -> a.attributeName() + ":" + a.attributeTypeAsString()).collect(Collectors.toSet());
        assertEquals(codeAttrs, templateAttrs);
        assertEquals(code.keySchema().stream().map(k -> k.attributeName() + ":" + k.keyTypeAsString()).toList(),
                CfnTemplate.maps(table.get("KeySchema")).stream().map(k -> k.get("AttributeName") + ":" + k.get("KeyType")).toList());
        Map<String, String> templateIndexes = CfnTemplate.maps(table.get("GlobalSecondaryIndexes")).stream()
                .collect(Collectors.toMap(i -> (String) i.get("IndexName"), i -> CfnTemplate.maps(i.get("KeySchema")).stream()
                        .map(k -> k.get("AttributeName") + ":" + k.get("KeyType")).collect(Collectors.joining(","))
                        + "/" + CfnTemplate.map(i.get("Projection")).get("ProjectionType")));
        Map<String, String> codeIndexes = code.globalSecondaryIndexes().stream().collect(Collectors.toMap(i -> i.indexName(),
                i -> i.keySchema().stream().map(k -> k.attributeName() + ":" + k.keyTypeAsString()).collect(Collectors.joining(","))
                        + "/" + i.projection().projectionTypeAsString()));
        assertEquals(codeIndexes, templateIndexes);
        assertEquals(CarouselTable.EXPIRES_AT, CfnTemplate.map(table.get("TimeToLiveSpecification")).get("AttributeName"));
    }

    @Test
    void allFourFunctions_areInTheTemplate_pointingAtTheirBuiltArtifact() {
        Map<String, String> codeUris = new LinkedHashMap<>();
        TEMPLATE.functions().forEach((name, props) -> codeUris.put(name, (String) props.get("CodeUri")));
        assertEquals(Map.of(
                "ProspectsApiFunction", "functions/prospects-api/target/prospects-api-lambda.jar",
                "CadenceCalculatorFunction", "functions/cadence-calculator/target/cadence-calculator-lambda.jar",
                "TouchSenderFunction", "functions/touch-sender/target/touch-sender-lambda.jar",
                "SignalIntakeFunction", "functions/signal-intake/target/signal-intake-lambda.jar"), codeUris);
        codeUris.values().forEach(uri -> assertTrue(Files.isRegularFile(ROOT.resolve(uri)), uri + " was not built"));
    }

    /**
     * A fresh JVM per function, its class path only the deployment jar, its environment only what
     * Lambda and the template give it: the handler must load from the jar and construct.
     */
    @TestFactory
    Stream<DynamicTest> everyHandler_constructsFromItsArtifact_withOnlyTheTemplatesEnvironment() {
        return TEMPLATE.functions().entrySet().stream().map(f -> DynamicTest.dynamicTest(f.getKey(), () -> {
            Map<String, Object> p = f.getValue();
            String handler = ((String) p.get("Handler")).replaceFirst("::.*", "");
            Path jar = ROOT.resolve((String) p.get("CodeUri"));
            Map<String, String> env = lambdaEnvironment(f.getKey());
            env.putAll(plausibleValues(TEMPLATE.environment(f.getKey())));
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", jar + java.io.File.pathSeparator + Path.of("target/test-classes").toAbsolutePath(),
                    HandlerProbe.class.getName(), handler).redirectErrorStream(true);
            pb.environment().clear();
            pb.environment().putAll(env);
            Process process = pb.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, process.exitValue(), f.getKey() + " (" + handler + ") did not construct:\n" + out);
            assertTrue(out.contains("CONSTRUCTED " + handler + " from file:" + jar), out);
            assertFalse(out.contains("push is off"), "the Web Push client did not build from the jar:\n" + out);
        }));
    }

    @Test
    void everyVariableTheCodeReads_isSetInTheTemplate_andNoneIsStale() throws IOException {
        Set<String> read = variablesReadByTheCode();
        Set<String> set = new TreeSet<>();
        TEMPLATE.functions().keySet().forEach(f -> set.addAll(TEMPLATE.environment(f).keySet()));
        Set<String> missing = new TreeSet<>(read);
        missing.removeIf(TemplateTest::setByLambdaOrLocalOnly);
        missing.removeAll(set);
        assertEquals(Set.of(), missing, "read by the code, set on no function");
        Set<String> stale = new TreeSet<>(set);
        stale.removeAll(read);
        stale.remove("JAVA_TOOL_OPTIONS"); // read by the JVM, not by us
        assertEquals(Set.of(), stale, "set in the template, read by no code");
        assertTrue(read.containsAll(Set.of("TABLE_NAME", "SEND_QUEUE_URL", "UNSUBSCRIBE_SECRET", "SENDER_ADDRESS", "APP_URL")), read.toString());
    }

    @Test
    void iam_noWildcardAction_noWildcardResourceWhereANarrowerOneExists_neverScan() {
        List<String> offending = new ArrayList<>();
        int statements = 0;
        for (var s : TEMPLATE.policyStatements().entrySet()) {
            for (Map<String, Object> st : s.getValue()) {
                statements++;
                List<String> actions = CfnTemplate.strings(st.get("Action"));
                List<String> resources = CfnTemplate.strings(st.get("Resource"));
                for (String a : actions) {
                    if (a.contains("*")) offending.add(s.getKey() + ": action " + a);
                    if (a.equalsIgnoreCase("dynamodb:Scan")) offending.add(s.getKey() + ": " + a + " (no Scan anywhere)");
                }
                // In a KMS key policy, Resource "*" is that key and nothing else.
                boolean keyPolicy = TEMPLATE.resourcesOfType("AWS::KMS::Key").containsKey(s.getKey());
                for (String r : resources) {
                    boolean wildcard = r.equals("*") || r.endsWith("/index/*") || r.endsWith(":*");
                    if (wildcard && !keyPolicy && !ACCOUNT_LEVEL_ACTIONS.containsAll(actions)) {
                        offending.add(s.getKey() + ": resource " + r + " for " + actions);
                    }
                }
            }
        }
        assertTrue(statements >= 10, "found only " + statements + " statements");
        assertEquals(List.of(), offending);
        assertFalse(TEMPLATE.text().contains("FullAccess"));
    }

    @Test
    void cognito_onlyTheApiFormsTheTeam_andOnlyInThisStacksPool() {
        Map<String, List<String>> cognitoActions = new TreeMap<>();
        for (var s : TEMPLATE.policyStatements().entrySet()) {
            for (Map<String, Object> st : s.getValue()) {
                List<String> actions = CfnTemplate.strings(st.get("Action")).stream().filter(a -> a.startsWith("cognito-idp:")).toList();
                if (actions.isEmpty()) continue;
                cognitoActions.computeIfAbsent(s.getKey(), k -> new ArrayList<>()).addAll(actions);
                assertEquals("UserPool", CfnTemplate.getAttTarget(st.get("Resource")), s.getKey() + ": " + actions);
            }
        }
        assertEquals(Map.of("ProspectsApiFunction", List.of("cognito-idp:AdminCreateUser", "cognito-idp:AdminGetUser",
                "cognito-idp:AdminAddUserToGroup", "cognito-idp:AdminDisableUser", "cognito-idp:AdminUserGlobalSignOut")), cognitoActions);
        assertEquals(Map.of("Ref", "UserPool"), TEMPLATE.environment("ProspectsApiFunction").get("USER_POOL_ID"));
        Map<String, Object> admin = CfnTemplate.map(TEMPLATE.properties("UserPool").get("AdminCreateUserConfig"));
        assertEquals(true, admin.get("AllowAdminCreateUserOnly"), "invite-only: nobody joins an org uninvited");
        String message = (String) CfnTemplate.map(admin.get("InviteMessageTemplate")).get("EmailMessage");
        assertTrue(message.contains("{username}") && message.contains("{####}"), message);
    }

    @Test
    void everyQueueHasADeadLetterQueue_andEveryAsyncSourceAFailurePath() {
        Set<String> deadLetterTargets = TEMPLATE.deadLetterQueues();
        List<String> problems = new ArrayList<>();
        TEMPLATE.functions().forEach((fn, p) -> CfnTemplate.map(p.getOrDefault("Events", Map.of())).forEach((ev, e) -> {
            Map<String, Object> event = CfnTemplate.map(e);
            Map<String, Object> props = CfnTemplate.map(event.get("Properties"));
            switch ((String) event.get("Type")) {
                case "ScheduleV2" -> {
                    if (props.get("RetryPolicy") == null) problems.add(fn + "." + ev + ": no RetryPolicy");
                    if (CfnTemplate.map(props.get("DeadLetterConfig")).get("Arn") == null) problems.add(fn + "." + ev + ": no DeadLetterConfig.Arn");
                }
                case "SQS" -> {
                    if (!CfnTemplate.strings(props.get("FunctionResponseTypes")).contains("ReportBatchItemFailures")) {
                        problems.add(fn + "." + ev + ": no ReportBatchItemFailures");
                    }
                    // Every queue source is bounded; the sender paces each container to 1/SENDER_CONCURRENCY of the SES rate.
                    Object max = CfnTemplate.map(props.get("ScalingConfig")).get("MaximumConcurrency");
                    Object share = TEMPLATE.environment(fn).get("SENDER_CONCURRENCY");
                    if (max == null) problems.add(fn + "." + ev + ": no ScalingConfig.MaximumConcurrency");
                    else if (share != null && !String.valueOf(max).equals(String.valueOf(share))) {
                        problems.add(fn + "." + ev + ": MaximumConcurrency " + max + " != SENDER_CONCURRENCY " + share);
                    }
                }
                default -> { }
            }
        }));
        TEMPLATE.resourcesOfType("AWS::SNS::Subscription").forEach((name, p) -> {
            if (p.get("RedrivePolicy") == null) problems.add(name + ": no RedrivePolicy");
        });
        TEMPLATE.resourcesOfType("AWS::SQS::Queue").forEach((name, p) -> {
            if (p.get("RedrivePolicy") == null && !deadLetterTargets.contains(name)) problems.add(name + ": no dead-letter queue");
        });
        assertEquals(List.of(), problems);
        assertEquals(Set.of("SendDeadLetterQueue", "MorningRunDeadLetterQueue", "SignalDeadLetterQueue", "AlarmDeadLetterQueue"), deadLetterTargets);
    }

    @Test
    void cloudFront_sendsApiToTheApiUncached_andNeverRewritesItsErrors() {
        Map<String, Object> config = CfnTemplate.map(TEMPLATE.properties("AppDistribution").get("DistributionConfig"));
        assertEquals(null, config.get("CustomErrorResponses"), "error rewrites would turn API problem documents into HTML");
        Map<String, Object> api = CfnTemplate.maps(config.get("CacheBehaviors")).stream()
                .filter(b -> "/api/*".equals(b.get("PathPattern"))).findFirst().orElseThrow();
        assertEquals("api", api.get("TargetOriginId"));
        assertEquals("4135ea2d-6df8-44a3-9df3-4b5a84be39ad", api.get("CachePolicyId"), "managed CachingDisabled");
        assertTrue(CfnTemplate.strings(api.get("AllowedMethods")).containsAll(List.of("POST", "PUT", "PATCH", "DELETE")));
    }

    @Test
    void theSignalWebhook_isPublic_onTheAppsOrigin_andOnlyTheApiMaySealOrOpenSecrets() {
        Map<String, Object> route = TEMPLATE.properties("SignalHookRoute");
        assertEquals("POST /hooks/signals/{org}", route.get("RouteKey"));
        assertEquals("NONE", route.get("AuthorizationType"), "marketing tools have no Cognito token: the signature is checked by the function");
        assertEquals(TEMPLATE.properties("ApiRoute").get("Target"), route.get("Target"), "the same integration as /api");
        assertTrue(String.valueOf(TEMPLATE.properties("ProspectsApiHookInvokePermission").get("SourceArn")).contains("/POST/hooks/signals/*"));
        Map<String, Object> config = CfnTemplate.map(TEMPLATE.properties("AppDistribution").get("DistributionConfig"));
        Map<String, Object> hooks = CfnTemplate.maps(config.get("CacheBehaviors")).stream()
                .filter(b -> "/hooks/*".equals(b.get("PathPattern"))).findFirst().orElseThrow();
        assertEquals("api", hooks.get("TargetOriginId"));
        assertEquals("4135ea2d-6df8-44a3-9df3-4b5a84be39ad", hooks.get("CachePolicyId"), "managed CachingDisabled");
        assertEquals(true, TEMPLATE.properties("WebhookSecretKey").get("EnableKeyRotation"));
        List<String> kmsUsers = new ArrayList<>();
        TEMPLATE.policyStatements().forEach((resource, statements) -> statements.stream()
                .filter(st -> CfnTemplate.strings(st.get("Action")).stream().anyMatch(a -> a.startsWith("kms:GenerateDataKey") || a.equals("kms:Decrypt")))
                .forEach(st -> {
                    kmsUsers.add(resource);
                    assertEquals(Map.of("kms:EncryptionContext:purpose", "webhook-secret"),
                            CfnTemplate.map(CfnTemplate.map(st.get("Condition")).get("StringEquals")), resource + " uses the key only for webhook secrets");
                }));
        assertEquals(List.of("ProspectsApiFunction", "WebhookSecretKey"), kmsUsers);
        Map<String, Object> intake = CfnTemplate.map(CfnTemplate.map(TEMPLATE.functions().get("SignalIntakeFunction").get("Events")).get("Signals"));
        assertEquals("SignalQueue", CfnTemplate.getAttTarget(CfnTemplate.map(intake.get("Properties")).get("Queue")));
        Map<String, Object> intakeEnv = new TreeMap<>(
                CfnTemplate.map(CfnTemplate.map(TEMPLATE.functions().get("SignalIntakeFunction").get("Environment")).get("Variables")));
        intakeEnv.remove("POWERTOOLS_SERVICE_NAME"); // only names its metrics (AlarmsTemplateTest)
        assertEquals(Map.of("TABLE_NAME", Map.of("Ref", "CarouselTable"), "SEND_QUEUE_URL", Map.of("Ref", "SendQueue")), intakeEnv);
    }

    /** What the Lambda runtime sets before our code runs, plus the template's Globals. */
    private static Map<String, String> lambdaEnvironment(String function) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("AWS_REGION", "eu-west-1");
        env.put("AWS_DEFAULT_REGION", "eu-west-1");
        env.put("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE");
        env.put("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        env.put("AWS_SESSION_TOKEN", "token");
        env.put("AWS_LAMBDA_FUNCTION_NAME", function);
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
        return env;
    }

    /** Stand-ins shaped like what CloudFormation resolves each reference to. */
    private static Map<String, String> plausibleValues(Map<String, Object> templateEnv) {
        Map<String, String> out = new LinkedHashMap<>();
        templateEnv.forEach((k, v) -> out.put(k, switch (k) {
            case "SEND_QUEUE_URL" -> "https://sqs.eu-west-1.amazonaws.com/123456789012/carousel-SendQueue-abc";
            case "SIGNAL_QUEUE_URL" -> "https://sqs.eu-west-1.amazonaws.com/123456789012/carousel-SignalQueue-abc";
            case "WEBHOOK_KEY_ID" -> "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
            case "UNSUBSCRIBE_SECRET" -> Base64.getEncoder().encodeToString(new byte[33]).replace('=', 'A');
            case "SENDER_ADDRESS" -> "carousel@example.com";
            case "APP_URL" -> "https://d111111abcdef8.cloudfront.net";
            // A real (test-only) key pair, so the sender builds its Web Push client from the shrunk jar.
            case "VAPID_PUBLIC_KEY" -> "BKxQuJXhjCLI8Wp_eoH4jgkPSCMPu-5VEy46FXt9b9BJfrRrCxEFcVisFFrjXD0aPeX6UDq8Je1CvYYzMdFHrm0";
            case "VAPID_PRIVATE_KEY" -> "K3tXHihyZ_E6QLskLjvtJR9hKCVUVyoJM-cGvyCG99g";
            case "VAPID_SUBJECT" -> "mailto:carousel@example.com";
            default -> v instanceof String s ? s : "carousel-" + k.toLowerCase();
        }));
        return out;
    }

    private static final Pattern NAME = Pattern.compile("\"([A-Z][A-Z0-9_]{2,})\"");

    /** Every upper-case string literal in a main source file that reads the environment. */
    private static Set<String> variablesReadByTheCode() throws IOException {
        Set<String> names = new TreeSet<>();
        List<Path> roots = List.of(ROOT.resolve("shared/src/main/java"), ROOT.resolve("functions"));
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("src/main")).toList()) {
                    String src = Files.readString(f);
                    if (!src.contains("System.getenv")) continue;
                    Matcher m = NAME.matcher(src);
                    while (m.find()) names.add(m.group(1));
                }
            }
        }
        return names;
    }
}
