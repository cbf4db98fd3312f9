package com.salescarousel.local.dynamodb;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.server.LocalDynamoDBRequestHandler;
import software.amazon.dynamodb.services.local.server.LocalDynamoDBServerHandler;

/**
 * Amazon's DynamoDB Local, embedded, answering real DynamoDB HTTP calls on loopback only. Its stock
 * ServerRunner binds every interface (and starts telemetry), so the Jetty server is built here.
 */
public final class LocalDynamoDb implements AutoCloseable {
    private final Server server;
    private final LocalDynamoDBRequestHandler handler;
    private final URI endpoint;

    private LocalDynamoDb(Server server, LocalDynamoDBRequestHandler handler, URI endpoint) {
        this.server = server;
        this.handler = handler;
        this.endpoint = endpoint;
    }

    /** @param dataDir where the database file lives, or null to keep everything in memory */
    public static LocalDynamoDb start(Path dataDir) throws Exception {
        // DynamoDB Local's jar carries its own log4j2.xml, which would win on the class path; ours
        // keeps its expected "conditional request failed" warnings off the console.
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "log4j2-carousel.xml");
        }
        boolean inMemory = dataDir == null;
        if (!inMemory) Files.createDirectories(dataDir);
        var handler = new LocalDynamoDBRequestHandler(0, inMemory, inMemory ? null : dataDir.toString(), true, false);
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new LocalDynamoDBServerHandler(handler, null));
        server.start();
        return new LocalDynamoDb(server, handler, URI.create("http://127.0.0.1:" + connector.getLocalPort()));
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() throws Exception {
        server.stop();
        handler.shutdown();
    }
}
