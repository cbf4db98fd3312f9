package com.salescarousel.entry.api;

import com.salescarousel.signal.OrgSignals;
import com.salescarousel.signal.ScoringRule;
import com.salescarousel.signal.Signal;
import com.salescarousel.signal.SignalBook;
import com.salescarousel.signal.SignalType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of signals, the timeline and the org's signal settings (DESIGN 7.1). */
final class SignalViews {
    private SignalViews() {}

    static Map<String, Object> signal(Signal s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("prospectId", s.prospectId());
        m.put("type", s.type().wire());
        m.put("label", s.type().label());
        m.put("at", s.at().toString());
        m.put("detail", s.detail());
        m.put("url", s.url());
        m.put("source", s.source().wire());
        return m;
    }

    /** A touch or a signal, each with {@code kind}, {@code at} and its own fields. */
    static Map<String, Object> entry(SignalBook.Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", e.touch() != null ? "touch" : "signal");
        m.putAll(e.touch() != null ? Views.touch(e.touch()) : signal(e.signal()));
        return m;
    }

    static Map<String, Object> scoring(ScoringRule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("windowDays", r.windowDays());
        m.put("minSignals", r.minSignals());
        m.put("minTypes", r.minTypes());
        m.put("highIntent", Arrays.stream(SignalType.values()).filter(r.highIntent()::contains).map(SignalType::wire).toList());
        m.put("types", Arrays.stream(SignalType.values()).map(t -> Map.of("type", t.wire(), "label", t.label())).toList());
        return m;
    }

    static Map<String, Object> hook(OrgSignals.Hook h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", h.url());
        m.put("configured", h.rotatedAt() != null);
        m.put("rotatedAt", h.rotatedAt() == null ? null : h.rotatedAt().toString());
        return m;
    }

    static Map<String, Object> rotated(OrgSignals.Rotated r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("secret", r.secret());
        m.put("url", r.url());
        m.put("rotatedAt", r.rotatedAt() == null ? null : r.rotatedAt().toString());
        return m;
    }

    static Map<String, Object> items(List<Map<String, Object>> items) {
        return Map.of("items", items);
    }
}
