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
        problems.addAll(o.problems);
    }
}
