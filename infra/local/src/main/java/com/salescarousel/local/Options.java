package com.salescarousel.local;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Command-line options of the local cloud. */
public record Options(int port, Path dataDir, Instant clock, Path staticDir, boolean allowPrivatePush) {
    static final int DEFAULT_PORT = 8787;

    /** Without a push service on this machine: push endpoints must be public push services, as deployed. */
    public Options(int port, Path dataDir, Instant clock, Path staticDir) {
        this(port, dataDir, clock, staticDir, false);
    }

    static final String USAGE = """
            usage: java -jar infra/local/target/carousel-local.jar [options]
              --port <n>          HTTP port on 127.0.0.1 (default 8787; 0 picks a free one)
              --data-dir <dir>    where DynamoDB Local keeps its data (default ./carousel-data)
              --in-memory         keep nothing: a throwaway run
              --clock <instant>   start the clock at this ISO instant, e.g. 2026-11-23T07:00:00Z
              --static-dir <dir>  serve the app from this folder instead of the jar (for editing)
              --allow-private-push  let push subscriptions point at http or private addresses (a push
                                  service on this machine, for tests); never possible when deployed
            """;

    public static Options parse(String... args) {
        int port = DEFAULT_PORT;
        Path data = Path.of("carousel-data");
        Instant clock = null;
        Path staticDir = null;
        boolean allowPrivatePush = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--port" -> port = Integer.parseInt(value(args, ++i, a));
                case "--data-dir" -> data = Path.of(value(args, ++i, a));
                case "--in-memory" -> data = null;
                case "--clock" -> {
                    String v = value(args, ++i, a);
                    try {
                        clock = Instant.parse(v);
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("--clock wants an ISO instant such as 2026-11-23T07:00:00Z, not " + v);
                    }
                }
                case "--static-dir" -> staticDir = Path.of(value(args, ++i, a)).toAbsolutePath().normalize();
                case "--allow-private-push" -> allowPrivatePush = true;
                case "--help", "-h" -> throw new IllegalArgumentException("");
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        return new Options(port, data, clock, staticDir, allowPrivatePush);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
        return args[i];
    }
}
