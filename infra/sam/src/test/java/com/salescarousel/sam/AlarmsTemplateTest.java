package com.salescarousel.sam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The on-call engineer's side of template.yaml: every dead-letter queue and every function has its
 * alarm, every alarm reaches the topic, the dashboard shows what the code emits, and the public
 * routes cannot eat the reps' request budget.
 */
class AlarmsTemplateTest {
    private static final CfnTemplate TEMPLATE = CfnTemplate.load(Path.of("../../template.yaml").toAbsolutePath().normalize());
    private static final Map<String, Map<String, Object>> ALARMS = TEMPLATE.resourcesOfType("AWS::CloudWatch::Alarm");

    /** The single-metric alarms on one metric of one namespace, by the value of one dimension. */
    private static Map<String, Map<String, Object>> alarmsOn(String namespace, String metric, String dimension) {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        ALARMS.forEach((name, a) -> {
            if (!namespace.equals(a.get("Namespace")) || !metric.equals(a.get("MetricName"))) return;
            CfnTemplate.maps(a.get("Dimensions")).stream().filter(d -> dimension.equals(d.get("Name")))
                    .forEach(d -> out.put(String.valueOf(d.get("Value")), a));
        });
        return out;
    }

    /** The metrics a metric-math alarm reads: "namespace metric dimension=value,...". */
    private static Set<String> mathInputs(Map<String, Object> alarm) {
        return CfnTemplate.maps(alarm.get("Metrics")).stream().filter(m -> m.get("MetricStat") != null).map(m -> {
            Map<String, Object> metric = CfnTemplate.map(CfnTemplate.map(m.get("MetricStat")).get("Metric"));
            return metric.get("Namespace") + " " + metric.get("MetricName") + " " + CfnTemplate.maps(metric.get("Dimensions")).stream()
                    .map(d -> d.get("Name") + "=" + d.get("Value")).collect(Collectors.joining(","));
        }).collect(Collectors.toCollection(TreeSet::new));
    }

    private static double number(Object o) {
        return Double.parseDouble(String.valueOf(o));
    }

    @Test
    void everyDeadLetterQueue_hasAnAlarmWhenItHoldsAnyMessage() {
        Set<String> deadLetterQueues = TEMPLATE.deadLetterQueues();
        assertTrue(deadLetterQueues.containsAll(Set.of("SendDeadLetterQueue", "MorningRunDeadLetterQueue", "SignalDeadLetterQueue")), deadLetterQueues.toString());
        Map<String, Map<String, Object>> onQueues = alarmsOn("AWS/SQS", "ApproximateNumberOfMessagesVisible", "QueueName");
        List<String> missing = new ArrayList<>();
        for (String queue : deadLetterQueues) {
            Map<String, Object> alarm = onQueues.get(Map.of("GetAtt", queue + ".QueueName").toString());
            if (alarm == null) {
                missing.add(queue);
                continue;
            }
            assertEquals("GreaterThanThreshold", alarm.get("ComparisonOperator"), queue);
            assertEquals(0.0, number(alarm.get("Threshold")), queue + ": one message is one too many");
            assertEquals("Maximum", alarm.get("Statistic"), queue);
        }
        assertEquals(List.of(), missing, "dead-letter queues without a not-empty alarm");
    }

    @Test
    void everyFunction_hasAnErrorsAndAThrottlesAlarm() {
        List<String> missing = new ArrayList<>();
        for (String metric : List.of("Errors", "Throttles")) {
            Map<String, Map<String, Object>> onFunctions = alarmsOn("AWS/Lambda", metric, "FunctionName");
            for (String function : TEMPLATE.functions().keySet()) {
                Map<String, Object> alarm = onFunctions.get(Map.of("Ref", function).toString());
                if (alarm == null) {
                    missing.add(function + " " + metric);
                    continue;
                }
                assertEquals("Sum", alarm.get("Statistic"), function + " " + metric);
                assertEquals("GreaterThanOrEqualToThreshold", alarm.get("ComparisonOperator"), function + " " + metric);
                assertEquals(1.0, number(alarm.get("Threshold")), function + " " + metric);
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(4, TEMPLATE.functions().size());
    }

    @Test
    void everyAlarm_goesToTheAlarmTopic_andSaysWhatMissingDataMeans() {
        assertTrue(ALARMS.size() >= 17, "found only " + ALARMS.size() + " alarms");
        List<String> problems = new ArrayList<>();
        ALARMS.forEach((name, a) -> {
            if (!List.of(Map.of("Ref", "AlarmTopic")).equals(a.get("AlarmActions"))) problems.add(name + ": AlarmActions " + a.get("AlarmActions"));
            if (!List.of(Map.of("Ref", "AlarmTopic")).equals(a.get("OKActions"))) problems.add(name + ": OKActions " + a.get("OKActions"));
            if (!Set.of("notBreaching", "ignore", "breaching", "missing").contains(a.get("TreatMissingData"))) {
                problems.add(name + ": TreatMissingData left to the default");
            }
        });
        assertEquals(List.of(), problems);
        assertEquals("AWS::SNS::Topic", TEMPLATE.resource("AlarmTopic").get("Type"));
        Map<String, Object> subscription = TEMPLATE.resource("AlarmEmailSubscription");
        assertEquals("HasAlarmEmail", subscription.get("Condition"), "an empty AlarmEmail subscribes nobody");
        assertEquals(Map.of("Ref", "AlarmEmail"), CfnTemplate.map(subscription.get("Properties")).get("Endpoint"));
        assertEquals("", TEMPLATE.parameterDefault("AlarmEmail"));
    }

    @Test
    void theHourlySchedule_theApi_andSesReputation_areAlarmed() {
        Map<String, Object> hourly = CfnTemplate.map(CfnTemplate.map(TEMPLATE.functions().get("CadenceCalculatorFunction").get("Events")).get("Hourly"));
        Object group = CfnTemplate.map(hourly.get("Properties")).get("GroupName");
        assertEquals(Map.of("Ref", "MorningRunScheduleGroup"), group, "Scheduler's metrics are per schedule group only");
        Set<String> scheduler = ALARMS.values().stream().flatMap(a -> mathInputs(a).stream()).collect(Collectors.toSet());
        for (String metric : List.of("TargetErrorCount", "InvocationDroppedCount", "InvocationsFailedToBeSentToDeadLetterCount")) {
            assertTrue(scheduler.contains("AWS/Scheduler " + metric + " ScheduleGroup=" + group), metric + " in " + scheduler);
        }

        Map<String, Object> rate = ALARMS.get("Api5xxRateAlarm");
        assertEquals(Set.of("AWS/ApiGateway 5xx ApiId={Ref=CarouselApi},Stage={Ref=StageName}",
                "AWS/ApiGateway Count ApiId={Ref=CarouselApi},Stage={Ref=StageName}"), mathInputs(rate));
        assertEquals(5.0, number(rate.get("Threshold")), "per 100 requests");
        Map<String, Object> latency = alarmsOn("AWS/ApiGateway", "Latency", "ApiId").get(Map.of("Ref", "CarouselApi").toString());
        assertEquals("p99", latency.get("ExtendedStatistic"));

        Map<String, Double> ses = new TreeMap<>();
        ALARMS.values().stream().filter(a -> "AWS/SES".equals(a.get("Namespace"))).forEach(a -> {
            assertEquals("GreaterThanOrEqualToThreshold", a.get("ComparisonOperator"));
            ses.put((String) a.get("MetricName"), number(a.get("Threshold")));
        });
        assertEquals(Map.of("Reputation.BounceRate", 5 / 100.0, "Reputation.ComplaintRate", 1 / 1000.0), ses);
    }

    @Test
    void thePublicRoutes_haveTheirOwnLimits_belowTheStagesDefault() {
        Map<String, String> publicRoutes = new TreeMap<>();
        TEMPLATE.resourcesOfType("AWS::ApiGatewayV2::Route").forEach((name, p) -> {
            if ("NONE".equals(p.get("AuthorizationType"))) publicRoutes.put((String) p.get("RouteKey"), name);
        });
        assertEquals(Set.of("GET /api/unsubscribe/{token}", "POST /api/unsubscribe/{token}", "GET /cal/{file}", "POST /hooks/signals/{org}"),
                publicRoutes.keySet());
        Map<String, Object> stage = TEMPLATE.properties("ApiStage");
        Map<String, Object> defaults = CfnTemplate.map(stage.get("DefaultRouteSettings"));
        assertEquals(Map.of("Ref", "ApiThrottleRateLimit"), defaults.get("ThrottlingRateLimit"));
        assertEquals(Map.of("Ref", "ApiThrottleBurstLimit"), defaults.get("ThrottlingBurstLimit"));
        double rate = number(TEMPLATE.parameterDefault("ApiThrottleRateLimit"));
        double burst = number(TEMPLATE.parameterDefault("ApiThrottleBurstLimit"));
        assertEquals(10_000 * 60 * 3 / 3600.0, rate, "the load model: 10,000 reps x 60 requests in the peak hour x 3 for the peak minute");
        assertTrue(rate <= 10_000 && burst <= 5_000, "within the account's API Gateway quota");

        Map<String, Object> routeSettings = CfnTemplate.map(stage.get("RouteSettings"));
        assertEquals(publicRoutes.keySet(), new TreeSet<>(routeSettings.keySet()), "route settings are keyed by the routes' keys");
        routeSettings.forEach((key, s) -> {
            Map<String, Object> limits = CfnTemplate.map(s);
            assertTrue(number(limits.get("ThrottlingRateLimit")) < rate, key + " rate");
            assertTrue(number(limits.get("ThrottlingBurstLimit")) < burst, key + " burst");
        });
        assertEquals(new TreeSet<>(publicRoutes.values()), new TreeSet<>(CfnTemplate.strings(TEMPLATE.resource("ApiStage").get("DependsOn"))),
                "API Gateway refuses route settings for a route that does not exist yet");
    }

    @Test
    void theDashboard_showsEveryAlarm_andTheBusinessMetricsTheCodeEmits() {
        String body = (String) CfnTemplate.map(TEMPLATE.properties("OperationsDashboard").get("DashboardBody")).get("Sub");
        Map<String, Object> parsed = new Yaml().load(body.replaceAll("\\$\\{[^}]+}", "x")); // JSON is YAML
        assertTrue(CfnTemplate.maps(parsed.get("widgets")).size() >= 10);
        ALARMS.keySet().forEach(alarm -> assertTrue(body.contains("\"${" + alarm + ".Arn}\""), alarm + " is not on the dashboard"));
        // OPS.md: namespace SalesCarousel, dimension Service = the function's short name.
        Map<String, List<String>> emitted = Map.of(
                "prospects-api", List.of("TouchesLogged", "SignalsReceived"),
                "cadence-calculator", List.of("DigestsQueued"),
                "touch-sender", List.of("TouchesLogged", "DigestsSent", "EmailsSent", "EmailsSuppressed", "EmailsUncertain", "EmailsFailed"),
                "signal-intake", List.of("SignalsRecorded", "SalesReady", "LeadsCreated"));
        emitted.forEach((service, metrics) -> metrics.forEach(metric -> assertTrue(
                body.contains("[\"SalesCarousel\", \"" + metric + "\", \"Service\", \"" + service + "\""), metric + " of " + service)));
        assertTrue(body.contains("SEARCH('{SalesCarousel,Service,Channel} MetricName=\\\"TouchesLogged\\\"'"), "touches by channel");
    }

    @Test
    void everyFunction_namesItsMetrics_asTheDashboardReadsThem() {
        TEMPLATE.functions().forEach((name, p) -> {
            String module = ((String) p.get("CodeUri")).split("/")[1];
            Map<String, Object> env = TEMPLATE.environment(name);
            assertEquals("SalesCarousel", env.get("POWERTOOLS_METRICS_NAMESPACE"), name);
            assertEquals(module, env.get("POWERTOOLS_SERVICE_NAME"), name);
        });
    }
}
