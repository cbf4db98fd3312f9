package com.salescarousel.wiring;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * A function's SnapStart priming hook: before Lambda snapshots the initialised function, one
 * read-only pass through its hot path, so the snapshot holds loaded and linked classes instead of
 * the first request after a restore paying for them. A no-op outside a CRaC/SnapStart runtime.
 */
public abstract class SnapStartPriming implements Resource {
    /** Registers with the global CRaC context; the caller must keep the reference (CRaC holds it weakly). */
    public static <T extends SnapStartPriming> T register(T priming) {
        Core.getGlobalContext().register(priming);
        return priming;
    }

    @Override
    public final void beforeCheckpoint(Context<? extends Resource> context) {
        warm();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to renew: the clients resolve credentials from the environment on each request
    }

    /** The pass itself: reads only, writes nothing, sends nothing. */
    protected abstract void warm();
}
