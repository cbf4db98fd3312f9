package com.salescarousel.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The matrix's rows, printed at the end of the suite and written to {@code target/fault-matrix.md}. */
final class FaultTable {
    record Row(String worker, String fault, int cells, String outcome, Tally tally, String why) {}

    private final List<Row> rows = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();

    synchronized void add(String worker, String fault, int cells, String outcome, Tally t, String why) {
        rows.add(new Row(worker, fault, cells, outcome, t, why));
    }

    /** One crash cell: where the worker died and what became of the work. */
    synchronized void step(String worker, int n, String step, Tally t) {
        steps.add("| " + worker + " | " + n + " | " + step + " | " + t.duplicates + " | " + t.lost + " | " + t.uncertain
                + (t.uncertain > 0 ? " (" + t.uncertainSent + " sent)" : "") + " |");
    }

    synchronized String markdown() {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(java.util.Comparator.comparing(Row::worker));
        StringBuilder b = new StringBuilder();
        b.append("| worker | fault | cells | outcome | duplicates | lost | uncertain | why uncertain |\n");
        b.append("|---|---|---:|---|---:|---:|---:|---|\n");
        for (Row r : sorted) {
            b.append("| ").append(r.worker()).append(" | ").append(r.fault()).append(" | ").append(r.cells()).append(" | ")
                    .append(r.outcome()).append(" | ").append(r.tally().duplicates).append(" | ").append(r.tally().lost).append(" | ")
                    .append(r.tally().uncertain).append(r.tally().uncertain > 0 ? " (" + r.tally().uncertainSent + " went out)" : "")
                    .append(" | ").append(r.why()).append(" |\n");
        }
        b.append("\n### Crash cells, one per step (the worker dies just before that step; n+1 = after its last step)\n\n");
        b.append("| worker | n | step it died before | duplicates | lost | uncertain |\n|---|---:|---|---:|---:|---:|\n");
        steps.forEach(s -> b.append(s).append('\n'));
        return b.toString();
    }

    void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, markdown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
