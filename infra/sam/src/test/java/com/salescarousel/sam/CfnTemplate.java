package com.salescarousel.sam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** template.yaml as plain maps; short-form tags (!Ref X) read as one-entry maps ({Ref: X}). */
final class CfnTemplate {
    private final String text;
    private final Map<String, Object> root;

    private CfnTemplate(String text, Map<String, Object> root) {
        this.text = text;
        this.root = root;
    }

    static CfnTemplate load(Path path) {
        try {
            String text = Files.readString(path);
            return new CfnTemplate(text, new Yaml(new ShortFormTags()).load(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text() {
        return text;
    }

    Map<String, Object> properties(String resource) {
        return map(map(map(root.get("Resources")).get(resource)).get("Properties"));
    }

    /** A whole resource (Type, Properties, DependsOn, Condition...). */
    Map<String, Object> resource(String name) {
        return map(map(root.get("Resources")).get(name));
    }

    /** A parameter's default as text (CloudFormation hands every parameter over as a string). */
    String parameterDefault(String name) {
        return String.valueOf(map(map(root.get("Parameters")).get(name)).get("Default"));
    }

    /**
     * Every queue something dead-letters into: the targets of SQS and SNS redrive policies, of the
     * functions' schedule events and of their asynchronous OnFailure destinations.
     */
    Set<String> deadLetterQueues() {
        Set<String> out = new TreeSet<>();
        for (String type : List.of("AWS::SQS::Queue", "AWS::SNS::Subscription")) {
            resourcesOfType(type).values().forEach(p -> {
                Object target = map(p.get("RedrivePolicy")).get("deadLetterTargetArn");
                if (target != null) out.add(getAttTarget(target));
            });
        }
        functions().values().forEach(p -> {
            map(p.get("Events")).values().forEach(e -> {
                Object arn = map(map(map(e).get("Properties")).get("DeadLetterConfig")).get("Arn");
                if (arn != null) out.add(getAttTarget(arn));
            });
            Object onFailure = map(map(map(p.get("EventInvokeConfig")).get("DestinationConfig")).get("OnFailure")).get("Destination");
            if (onFailure != null) out.add(getAttTarget(onFailure));
        });
        return out;
    }

    /** Resources of one type by logical id, in a stable order. */
    Map<String, Map<String, Object>> resourcesOfType(String type) {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        map(root.get("Resources")).forEach((name, r) -> {
            if (type.equals(map(r).get("Type"))) out.put(name, map(map(r).get("Properties")));
        });
        return out;
    }

    Map<String, Map<String, Object>> functions() {
        return resourcesOfType("AWS::Serverless::Function");
    }

    /** A function's environment as Lambda sees it: the Globals' variables, then its own. */
    Map<String, Object> environment(String function) {
        Map<String, Object> env = new LinkedHashMap<>();
        Map<String, Object> globals = map(map(root.get("Globals")).get("Function"));
        env.putAll(map(map(globals.get("Environment")).get("Variables")));
        env.putAll(map(map(functions().get(function).get("Environment")).get("Variables")));
        return env;
    }

    /** Every IAM statement: the functions' inline policies and every PolicyDocument anywhere. */
    Map<String, List<Map<String, Object>>> policyStatements() {
        Map<String, List<Map<String, Object>>> out = new TreeMap<>();
        map(root.get("Resources")).forEach((name, r) -> {
            List<Map<String, Object>> statements = new ArrayList<>();
            collect(map(r).get("Properties"), statements);
            if (!statements.isEmpty()) out.put(name, statements);
        });
        return out;
    }

    private static void collect(Object node, List<Map<String, Object>> statements) {
        if (node instanceof Map<?, ?> m) {
            if (m.get("Statement") instanceof List<?> list) list.forEach(s -> statements.add(map(s)));
            else m.values().forEach(v -> collect(v, statements));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collect(v, statements));
        }
    }

    /** The logical id a {@code !GetAtt X.Arn} points at. */
    static String getAttTarget(Object value) {
        Object att = map(value).get("GetAtt");
        if (att instanceof String s) return s.substring(0, s.indexOf('.'));
        if (att instanceof List<?> l) return (String) l.get(0);
        throw new IllegalArgumentException("not a GetAtt: " + value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object o) {
        return o == null ? List.of() : (List<Map<String, Object>>) o;
    }

    /** A string or a list of them; intrinsic functions rendered as text (e.g. "Sub:${X.Arn}/index/GSI1"). */
    static List<String> strings(Object o) {
        if (o == null) return List.of();
        if (o instanceof List<?> l) return l.stream().map(CfnTemplate::render).toList();
        return List.of(render(o));
    }

    private static String render(Object o) {
        if (o instanceof Map<?, ?> m && m.size() == 1) {
            var e = m.entrySet().iterator().next();
            return e.getKey() + ":" + e.getValue();
        }
        return String.valueOf(o);
    }

    /** Reads CloudFormation's short-form tags (!Ref, !Sub, !GetAtt...) as plain values. */
    private static final class ShortFormTags extends SafeConstructor {
        ShortFormTags() {
            super(new LoaderOptions());
            this.yamlMultiConstructors.put("!", new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    String tag = node.getTag().getValue().substring(1);
                    Object value = switch (node) {
                        case ScalarNode s -> constructScalar(s);
                        case SequenceNode s -> constructSequence(s);
                        case MappingNode m -> constructMapping(m);
                        default -> null;
                    };
                    return Map.of(tag, value);
                }
            });
        }
    }
}
