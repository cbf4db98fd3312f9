package com.salescarousel.faults;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts every call a worker makes on its ports (stores, queue, mail and push services), each one a
 * step, and at a chosen step either dies ({@link Crash}, before the call reaches the real port) or lets
 * another delivery run to the end first (an overlap). A clean run's {@link #trace()} enumerates the
 * worker's steps from the code as it is, so the grid follows the code when it changes.
 */
final class Steps {
    private final List<String> trace = new ArrayList<>();
    private int crashAt = -1;
    private String crashBeforeStep;
    private int overlapAt = -1;
    private Runnable overlap;

    /** No faults: only records the trace. */
    static Steps clean() {
        return new Steps();
    }

    /** Dies just before step {@code n} (1-based): "between step n-1 and step n". */
    static Steps crashBefore(int n) {
        Steps s = new Steps();
        s.crashAt = n;
        return s;
    }

    /** Dies just before the first call of a step by name ("SendStore.release"): for a step a clean run never reaches. */
    static Steps crashBefore(String step) {
        Steps s = new Steps();
        s.crashBeforeStep = step;
        return s;
    }

    /** Runs {@code other} (a second delivery of the same work) just before step {@code n}, then goes on. */
    static Steps overlapBefore(int n, Runnable other) {
        Steps s = new Steps();
        s.overlapAt = n;
        s.overlap = other;
        return s;
    }

    synchronized List<String> trace() {
        return List.copyOf(trace);
    }

    /** Wraps a port so that each call on it is a step. */
    <T> T wrap(Class<T> port, T real) {
        String prefix = port.getSimpleName() + ".";
        InvocationHandler h = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) return method.invoke(real, args);
            before(prefix + method.getName());
            return call(real, method, args);
        };
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, h));
    }

    private void before(String step) {
        int n;
        Runnable other = null;
        synchronized (this) {
            trace.add(step);
            n = trace.size();
            if (n == overlapAt) other = overlap;
        }
        if (n == crashAt) throw new Crash("before " + step + " (step " + n + ")");
        if (step.equals(crashBeforeStep)) {
            crashBeforeStep = null;
            throw new Crash("before " + step);
        }
        if (other != null) other.run();
    }

    /** The worker returned: a crash planned past its last step dies now, before SQS or the scheduler hears back. */
    void finished() {
        int n;
        synchronized (this) {
            n = trace.size();
        }
        if (crashAt == n + 1) throw new Crash("after the last step (" + n + ")");
    }

    private static Object call(Object real, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(real, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
