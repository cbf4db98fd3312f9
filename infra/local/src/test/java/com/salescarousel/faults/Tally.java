package com.salescarousel.faults;

import java.util.ArrayList;
import java.util.List;

/** One cell's count: deliveries made twice, work never done, sends left UNCERTAIN (and why). */
final class Tally {
    int duplicates;
    int lost;
    int uncertain;
    /** UNCERTAIN sends whose mail really went out (the rest: died after the claim, before SES). */
    int uncertainSent;
    /** Sends that ended FAILED: final and shown in the rep's sends, but not delivered. */
    int failed;
    /** Digest pushes that never went (best effort: the digest mail went, the container died before the push). */
    int pushesSkipped;
    final List<String> problems = new ArrayList<>();

    void duplicate(String what) {
        duplicates++;
        problems.add("duplicate " + what);
    }

    void lost(String what) {
        lost++;
        problems.add("lost " + what);
    }

    void add(Tally o) {
        duplicates += o.duplicates;
        lost += o.lost;
        uncertain += o.uncertain;
        uncertainSent += o.uncertainSent;
        failed += o.failed;
        pushesSkipped += o.pushesSkipped;
        problems.addAll(o.problems);
    }
}
