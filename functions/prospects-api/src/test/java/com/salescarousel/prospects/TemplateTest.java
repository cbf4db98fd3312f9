package com.salescarousel.prospects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.salescarousel.store.CarouselTable;
import com.salescarousel.wiring.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/** What cfn-lint cannot know: that template.yaml and the code agree. */
class TemplateTest {
    private static final Path TEMPLATE = Path.of("../../template.yaml");

    /** Reads CloudFormation's short-form tags (!Ref, !Sub, !GetAtt...) as plain values. */
    static final class CfnConstructor extends SafeConstructor {
        CfnConstructor() {
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resources() throws IOException {
        Map<String, Object> t = new Yaml(new CfnConstructor()).load(Files.readString(TEMPLATE));
        return (Map<String, Object>) t.get("Resources");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(String resource) throws IOException {
        return (Map<String, Object>) ((Map<String, Object>) resources().get(resource)).get("Properties");
    }

    @Test
    @SuppressWarnings("unchecked")
    void table_keysAndIndexes_matchTheCodesDefinition() throws IOException {
        Map<String, Object> table = props("CarouselTable");
        CreateTableRequest code = CarouselTable.definition("Carousel");
        Set<String> templateAttrs = ((List<Map<String, String>>) table.get("AttributeDefinitions")).stream()
                .map(a -> a.get("AttributeName") + ":" + a.get("AttributeType")).collect(Collectors.toSet());
        Set<String> codeAttrs = code.attributeDefinitions().stream()
                .map(a -> a.attributeName() + ":" + a.attributeTypeAsString()).collect(Collectors.toSet());
        assertEquals(codeAttrs, templateAttrs);
        assertEquals(code.keySchema().stream().map(k -> k.attributeName() + ":" + k.keyTypeAsString()).toList(),
                ((List<Map<String, String>>) table.get("KeySchema")).stream().map(k -> k.get("AttributeName") + ":" + k.get("KeyType")).toList());
        Map<String, String> templateIndexes = ((List<Map<String, Object>>) table.get("GlobalSecondaryIndexes")).stream()
                .collect(Collectors.toMap(i -> (String) i.get("IndexName"), i -> ((List<Map<String, String>>) i.get("KeySchema")).stream()
                        .map(k -> k.get("AttributeName") + ":" + k.get("KeyType")).collect(Collectors.joining(","))
                        + "/" + ((Map<String, String>) i.get("Projection")).get("ProjectionType")));
        Map<String, String> codeIndexes = code.globalSecondaryIndexes().stream().collect(Collectors.toMap(i -> i.indexName(),
                i -> i.keySchema().stream().map(k -> k.attributeName() + ":" + k.keyTypeAsString()).collect(Collectors.joining(","))
                        + "/" + i.projection().projectionTypeAsString()));
        assertEquals(codeIndexes, templateIndexes);
        assertEquals(CarouselTable.EXPIRES_AT, ((Map<String, Object>) table.get("TimeToLiveSpecification")).get("AttributeName"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyFunction_handlerIsALambdaHandler_andItsEnvironmentIsSet() throws Exception {
        int functions = 0;
        for (var e : resources().entrySet()) {
            Map<String, Object> r = (Map<String, Object>) e.getValue();
            if (!"AWS::Serverless::Function".equals(r.get("Type"))) continue;
            functions++;
            Map<String, Object> p = (Map<String, Object>) r.get("Properties");
            String handler = (String) p.get("Handler");
            Class<?> type = Class.forName(handler.substring(0, handler.indexOf("::")));
            assertTrue(RequestHandler.class.isAssignableFrom(type), e.getKey() + ": " + handler);
            type.getConstructor(); // Lambda needs a public no-arg constructor
            Map<String, Object> env = (Map<String, Object>) ((Map<String, Object>) p.get("Environment")).get("Variables");
            assertTrue(env.containsKey(Settings.TABLE_NAME), e.getKey() + " lacks " + Settings.TABLE_NAME);
        }
        assertTrue(functions >= 1);
    }

    @Test
    void iamStatements_haveNoWildcardActionOrResource_andNeverScan() throws IOException {
        String text = Files.readString(TEMPLATE);
        List<String> offending = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.startsWith("#")) continue;
            if (l.matches("-?\\s*(Action:)?\\s*['\"]?[a-z0-9-]+:\\*['\"]?") || l.matches("(Resource:)?\\s*-?\\s*['\"]?\\*['\"]?")
                    || l.contains("/index/*") || l.contains("dynamodb:Scan")) {
                offending.add(l);
            }
        }
        assertEquals(List.of(), offending);
        assertFalse(text.contains("AmazonDynamoDBFullAccess"));
    }
}
