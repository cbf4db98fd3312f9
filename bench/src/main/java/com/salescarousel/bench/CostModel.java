package com.salescarousel.bench;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * COST.md's tables, recomputed from the measured inputs ({@code bench/cost-inputs.properties}, written by
 * {@link CostBench}) and the price list and usage model ({@code bench/cost-model.properties}). Pure
 * arithmetic: change a price or the usage model and run it again ({@code bench/cost.sh}).
 *
 * <p>{@code CostModel <cost-inputs.properties> <cost-model.properties>}
 */
public final class CostModel {
    /** The operations a rep's day is made of, as CostBench names them, and the usage-model key of each. */
    private static final List<String> OPS = List.of("agenda", "prospect", "list", "touch", "signal.hand", "signal.webhook", "signal.intake", "daily");
    private static final List<String> READS = List.of("GetItem", "Query", "BatchGetItem");
    private static final List<String> WRITES = List.of("PutItem", "UpdateItem", "TransactWriteItems", "DeleteItem", "BatchWriteItem");

    private final Properties in = new Properties();
    private final Properties m = new Properties();

    private CostModel(Path inputs, Path model) throws Exception {
        try (Reader a = Files.newBufferedReader(inputs); Reader b = Files.newBufferedReader(model)) {
            in.load(a);
            m.load(b);
        }
    }

    public static void main(String[] args) throws Exception {
        new CostModel(Path.of(args[0]), Path.of(args[1])).print();
    }

    private double in(String key) {
        return Double.parseDouble(in.getProperty(key, "0"));
    }

    private double m(String key) {
        String v = m.getProperty(key);
        if (v == null) throw new IllegalArgumentException("cost-model.properties lacks " + key);
        return Double.parseDouble(v.strip());
    }

    /** Read units of one op by DynamoDB's rules: what DynamoDB Local reported, plus the minimum for empty reads. */
    private double rru(String op) {
        double u = 0;
        for (String r : READS) u += in(op + ".DynamoDb." + r + ".units") + m("dynamodb.emptyReadUnits") * in(op + ".DynamoDb." + r + ".emptyReads");
        return u;
    }

    private double wru(String op) {
        double u = 0;
        for (String w : WRITES) u += in(op + ".DynamoDb." + w + ".units");
        return u;
    }

    private double calls(String op, String prefix) {
        double c = 0;
        for (String k : in.stringPropertyNames()) if (k.startsWith(op + "." + prefix) && k.endsWith(".calls")) c += in(k);
        return c;
    }

    private void print() {
        System.out.printf(Locale.ROOT, "Measured per operation (CostBench, %s reps x %s prospects, JDK %s; DynamoDB Local's reported capacity)%n%n",
                in.getProperty("measured.reps"), in.getProperty("measured.prospectsPerRep"), in.getProperty("measured.jvm"));
        System.out.println("| operation | per rep-day | DynamoDB calls | read units | write units | SQS requests | SES mails | duration ms |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        double rruDay = 0, wruDay = 0, sqsDay = 0, mailsDay = 0, apiDay = 0, gbsDay = 0, invokesDay = 0;
        for (String op : OPS) {
            double n = m("usage." + op);
            double mails = op.equals("daily") ? in("daily.mails") : 0;
            System.out.printf(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f |%n", op, trim(n), calls(op, "DynamoDb."), rru(op), wru(op),
                    calls(op, "Sqs."), mails, in(op + ".ms"));
            rruDay += n * rru(op);
            wruDay += n * wru(op);
            sqsDay += n * calls(op, "Sqs.");
            mailsDay += n * mails;
            boolean api = !op.equals("signal.intake") && !op.equals("daily");
            if (api) apiDay += n;
            // One invocation per API call; signal-intake and the sender take SQS batches (up to 10), counted one per message at
            // low volume; the hourly run is shared by all reps whose morning it is and counted by its duration per rep only.
            if (!op.equals("daily")) invokesDay += n;
            else invokesDay += n * mails;
            gbsDay += n * in(op + ".ms") / 1000.0 * m("lambda.memoryGb");
        }
        double d = m("usage.workingDaysPerMonth");
        double logGb = (invokesDay * m("logs.bytesPerInvocation") + apiDay * m("logs.bytesPerApiAccessLine")) * d / 1e9;
        Line[] lines = {
            new Line("DynamoDB read request units", rruDay * d, m("price.dynamodb.perMillionRru") / 1e6),
            new Line("DynamoDB write request units", wruDay * d, m("price.dynamodb.perMillionWru") / 1e6),
            new Line("DynamoDB storage (GB-month)", m("usage.storageGbPerRep"), m("price.dynamodb.perGbMonth")),
            new Line("Lambda requests", invokesDay * d, m("price.lambda.perMillionRequests") / 1e6),
            new Line("Lambda GB-seconds (arm64)", gbsDay * d, m("price.lambda.arm64PerGbSecond")),
            new Line("API Gateway HTTP API requests", apiDay * d, m("price.apigw.httpPerMillion") / 1e6),
            new Line("SQS requests", sqsDay * d, m("price.sqs.perMillion") / 1e6),
            new Line("SES e-mails", mailsDay * d, m("price.ses.perThousand") / 1e3),
            new Line("CloudWatch Logs ingestion (GB)", logGb, m("price.logs.perGbIngested")),
            new Line("CloudWatch Logs storage (GB-month, retention)", logGb * m("logs.retentionMonths"), m("price.logs.perGbMonthStored")),
        };
        System.out.printf(Locale.ROOT, "%nPer rep per month (%s working days; usage per day as in cost-model.properties)%n%n", trim(d));
        System.out.println("| item | quantity per rep-month | $ per rep-month |");
        System.out.println("|---|---|---|");
        double perRep = 0;
        for (Line l : lines) {
            System.out.printf(Locale.ROOT, "| %s | %s | %.5f |%n", l.what, qty(l.quantity), l.cost());
            perRep += l.cost();
        }
        System.out.printf(Locale.ROOT, "| **usage-driven total** | | **%.4f** |%n", perRep);
        double fixed = m("fixed.dashboards") * m("price.cw.dashboard") + m("fixed.alarms") * m("price.cw.alarm")
                + m("fixed.customMetrics") * m("price.cw.metric") + m("fixed.kmsKeys") * m("price.kms.key")
                + m("fixed.sqsIdlePollsPerMonth") * m("price.sqs.perMillion") / 1e6
                + m("fixed.hourlyRunsPerMonth") * (m("price.lambda.perMillionRequests") / 1e6 + m("fixed.hourlyRunMs") / 1000 * m("lambda.memoryGb")
                * m("price.lambda.arm64PerGbSecond"));
        System.out.printf(Locale.ROOT, "%nFixed per deployment: $%.2f a month (dashboard, alarms, custom metrics, KMS key, idle SQS polling, "
                + "the hourly run)%n", fixed);
        System.out.printf(Locale.ROOT, "%n| reps | usage-driven | Cognito MAUs | fixed | total a month | per rep |%n|---|---|---|---|---|---|%n");
        for (int reps : new int[] {10, 1_000, 100_000}) {
            double usage = perRep * reps;
            double cognito = Math.max(0, reps - m("price.cognito.freeMau")) * m("price.cognito.perMau");
            double total = usage + cognito + fixed;
            System.out.printf(Locale.ROOT, "| %,d | $%,.2f | $%,.2f | $%,.2f | $%,.2f | $%.4f |%n", reps, usage, cognito, fixed, total, total / reps);
        }
        System.out.println();
        final double usageTotal = perRep;
        System.out.println("Largest usage-driven items per rep-month:");
        java.util.Arrays.stream(lines).sorted((a, b) -> Double.compare(b.cost(), a.cost())).limit(4)
                .forEach(l -> System.out.printf(Locale.ROOT, "  %-48s $%.5f (%.0f %% of the usage-driven total)%n", l.what, l.cost(),
                        100 * l.cost() / usageTotal));
    }

    private record Line(String what, double quantity, double unitPrice) {
        double cost() {
            return quantity * unitPrice;
        }
    }

    private static String qty(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
