package com.salescarousel.sam;

/**
 * Run in a fresh JVM whose class path is one function's deployment jar (plus this class), with the
 * environment template.yaml gives that function: does the handler load from the artifact, is it a
 * Lambda handler, and does its constructor (the whole Dagger graph, the SDK clients) build?
 * Only JDK classes here, so nothing leaks in from the build's class path.
 */
public final class HandlerProbe {
    public static void main(String[] args) throws Exception {
        ClassLoader loader = HandlerProbe.class.getClassLoader();
        Class<?> handler = Class.forName(args[0], false, loader);
        boolean lambda = false;
        for (String api : new String[] {"com.amazonaws.services.lambda.runtime.RequestHandler",
                "com.amazonaws.services.lambda.runtime.RequestStreamHandler"}) {
            try {
                lambda |= Class.forName(api, false, loader).isAssignableFrom(handler);
            } catch (ClassNotFoundException absent) {
                // the jar does not carry that interface
            }
        }
        if (!lambda) {
            System.out.println("NOT_A_HANDLER " + args[0]);
            System.exit(2);
        }
        String source = handler.getProtectionDomain().getCodeSource().getLocation().toString();
        long start = System.nanoTime();
        handler.getConstructor().newInstance();
        System.out.println("CONSTRUCTED " + args[0] + " from " + source + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
}
