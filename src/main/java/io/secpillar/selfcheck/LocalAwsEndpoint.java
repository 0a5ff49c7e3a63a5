package io.secpillar.selfcheck;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * A stand-in for AWS on 127.0.0.1 that answers the two calls of Test connection in their query-protocol wire
 * format (STS GetCallerIdentity, EC2 DescribeRegions) and records every action it is sent, so the check can tell
 * that a refused write never left the client.
 */
final class LocalAwsEndpoint implements AutoCloseable {

    static final String ACCOUNT = "123456789012";

    private final HttpServer server;
    private final List<String> actions = Collections.synchronizedList(new ArrayList<>());

    LocalAwsEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "self-check-aws");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<String> actions() {
        return List.copyOf(actions);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String action = "";
        for (String pair : body.split("&")) {
            if (pair.startsWith("Action=")) {
                action = URLDecoder.decode(pair.substring(7), StandardCharsets.UTF_8);
            }
        }
        actions.add(action);
        String xml = switch (action) {
            case "GetCallerIdentity" -> """
                    <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                      <GetCallerIdentityResult>
                        <Arn>arn:aws:iam::%s:role/secpillar-self-check</Arn>
                        <UserId>AROASELFCHECK:secpillar</UserId>
                        <Account>%s</Account>
                      </GetCallerIdentityResult>
                      <ResponseMetadata><RequestId>00000000-0000-4000-8000-000000000001</RequestId></ResponseMetadata>
                    </GetCallerIdentityResponse>""".formatted(ACCOUNT, ACCOUNT);
            case "DescribeRegions" -> """
                    <DescribeRegionsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
                      <requestId>00000000-0000-4000-8000-000000000002</requestId>
                      <regionInfo>
                        <item><regionName>eu-west-1</regionName><regionEndpoint>ec2.eu-west-1.amazonaws.com</regionEndpoint><optInStatus>opt-in-not-required</optInStatus></item>
                        <item><regionName>us-east-1</regionName><regionEndpoint>ec2.us-east-1.amazonaws.com</regionEndpoint><optInStatus>opt-in-not-required</optInStatus></item>
                      </regionInfo>
                    </DescribeRegionsResponse>""";
            default -> null;
        };
        int status = xml == null ? 400 : 200;
        if (xml == null) {
            xml = "<Response><Errors><Error><Code>InvalidAction</Code><Message>not served by the self-check</Message>"
                    + "</Error></Errors><RequestID>00000000-0000-4000-8000-000000000003</RequestID></Response>";
        }
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/xml;charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
