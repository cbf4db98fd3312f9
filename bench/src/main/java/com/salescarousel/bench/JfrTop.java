package com.salescarousel.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time goes, from a JFR recording's CPU samples: the share of samples with a frame of each
 * part of the local cloud on the stack (inclusive), and the methods most often on top (self).
 *
 * <p>{@code JfrTop <recording.jfr>}
 */
public final class JfrTop {
    /** Parts of the one-JVM local cloud, by package prefix; a sample counts for every part on its stack. */
    private static final Map<String, List<String>> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("DynamoDB Local (the emulator: SQLite, its request parsing)",
                List.of("software.amazon.dynamodb", "com.amazonaws.services.dynamodbv2", "com.almworks.sqlite4java"));
        PARTS.put("AWS SDK client (signing, marshalling, HTTP)", List.of("software.amazon.awssdk"));
        PARTS.put("JWT check (the authorizer stand-in)", List.of("com.nimbusds"));
        PARTS.put("our code (handlers, use cases, stores)", List.of("com.salescarousel"));
        PARTS.put("JSON (jackson-jr)", List.of("com.fasterxml.jackson"));
        PARTS.put("HTTP servers (ours: JDK httpserver; DynamoDB Local's: Jetty)", List.of("sun.net.httpserver", "com.sun.net.httpserver", "org.eclipse.jetty"));
        PARTS.put("SQS/SES stand-ins (ElasticMQ, pekko)", List.of("org.elasticmq", "org.apache.pekko"));
    }

    private static boolean onStack(List<RecordedFrame> frames, List<String> prefixes) {
        for (RecordedFrame f : frames) {
            String type = f.getMethod().getType().getName();
            for (String p : prefixes) if (type.startsWith(p)) return true;
        }
        return false;
    }

    public static void main(String[] args) throws Exception {
        Map<String, Integer> inclusive = new LinkedHashMap<>();
        Map<String, Integer> self = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) continue;
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (frames.isEmpty()) continue;
            samples++;
            RecordedFrame top = frames.get(0);
            self.merge(top.getMethod().getType().getName() + "." + top.getMethod().getName(), 1, Integer::sum);
            for (var part : PARTS.entrySet()) {
                if (onStack(frames, part.getValue())) inclusive.merge(part.getKey(), 1, Integer::sum);
            }
        }
        System.out.printf(Locale.ROOT, "%d CPU samples%n| part of the local cloud (on the stack) | share |%n|---|---|%n", samples);
        for (String part : PARTS.keySet()) {
            System.out.printf(Locale.ROOT, "| %s | %.0f %% |%n", part, 100.0 * inclusive.getOrDefault(part, 0) / Math.max(1, samples));
        }
        System.out.println("top methods (self):");
        final int all = Math.max(1, samples);
        self.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                .forEach(m -> System.out.printf(Locale.ROOT, "  %5.1f %%  %s%n", 100.0 * m.getValue() / all, m.getKey()));
    }
}
