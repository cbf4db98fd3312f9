import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.jr.ob.JSON;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The benchmark's launcher: run in a fresh JVM with only a function's Lambda jar (and this class) on
 * the class path, it does what the Lambda runtime does on a cold start, and times it:
 *
 *   init    the handler's no-arg constructor (Dagger graph, SDK clients, the priming hook registered);
 *   prime   only with --prime: the SnapStart beforeCheckpoint work (on Lambda it runs before the
 *           snapshot, so a restored function does not pay for it);
 *   decode  the event JSON into the handler's input type (on Lambda the runtime does this);
 *   invoke  handleRequest on that event.
 *
 * Prints one line of key=value pairs. Usage:
 *   java -cp <function>-lambda.jar:<dir with ColdStart.class> ColdStart <handler class> <event.json> [--prime]
 * Built by bench/cold-start.sh with javac; not part of any artifact.
 */
public final class ColdStart {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Class<?> handlerClass = Class.forName(args[0]);
        Object handler = handlerClass.getConstructor().newInstance();
        long t1 = System.nanoTime();
        boolean prime = args.length > 2 && args[2].equals("--prime");
        Object primed = null;
        if (prime) {
            Object priming = handlerClass.getMethod("priming").invoke(handler);
            primed = priming.getClass().getMethod("prime").invoke(priming);
        }
        long t2 = System.nanoTime();
        Type input = inputType(handlerClass);
        // The runtime's serializer maps SQS's "Records" onto records; jackson-jr wants the bean name.
        String json = Files.readString(Path.of(args[1])).replaceFirst("\"Records\"", "\"records\"");
        Object event = input == java.util.Map.class ? JSON.std.mapFrom(json) : JSON.std.beanFrom((Class<?>) input, json);
        long t3 = System.nanoTime();
        @SuppressWarnings("unchecked")
        RequestHandler<Object, Object> h = (RequestHandler<Object, Object>) handler;
        Object out = h.handleRequest(event, null);
        long t4 = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        System.gc();
        long live = rt.totalMemory() - rt.freeMemory();
        System.out.printf("init_ms=%.1f prime_ms=%.1f decode_ms=%.1f invoke_ms=%.1f heap_used_mb=%.1f heap_live_mb=%.1f heap_committed_mb=%.1f primed=%s result=%s%n",
                ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), mb(used), mb(live), mb(rt.totalMemory()), primed,
                summary(out));
    }

    /** The I of RequestHandler<I, O> as the handler declares it (what the Lambda runtime reads too). */
    private static Type inputType(Class<?> c) {
        for (Type t : c.getGenericInterfaces()) {
            if (t instanceof java.lang.reflect.ParameterizedType p && p.getRawType() == RequestHandler.class) {
                Type i = p.getActualTypeArguments()[0];
                return i instanceof java.lang.reflect.ParameterizedType pi ? pi.getRawType() : i;
            }
        }
        throw new IllegalArgumentException(c + " is not a RequestHandler");
    }

    private static String summary(Object out) throws Exception {
        String s;
        try {
            Object status = out.getClass().getMethod("getStatusCode").invoke(out);
            s = "status:" + status;
        } catch (NoSuchMethodException e) {
            s = String.valueOf(out);
        }
        return s.replace(' ', '_');
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double mb(long bytes) {
        return bytes / 1048576.0;
    }
}
