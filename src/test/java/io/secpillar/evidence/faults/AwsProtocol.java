package io.secpillar.evidence.faults;

import com.github.tomakehurst.wiremock.http.Request;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which AWS wire protocol a request speaks, told from the request as a real endpoint would: an X-Amz-Target
 * header (JSON 1.0/1.1), a form body naming an Action (query; EC2 has its own answer and error shapes), else
 * REST, XML for S3 and JSON for the others. The service and region come from the SigV4 credential scope.
 */
enum AwsProtocol {
    JSON, QUERY, EC2, REST_XML, REST_JSON;

    private static final Pattern SCOPE = Pattern.compile("Credential=[^/]+/\\d{8}/([a-z0-9-]+)/([a-z0-9-]+)/aws4_request");
    private static final Pattern ACTION = Pattern.compile("(?:^|&)Action=([A-Za-z0-9]+)");

    static AwsProtocol of(Request request) {
        if (request.getHeader("X-Amz-Target") != null) {
            return JSON;
        }
        String service = service(request);
        if (action(request) != null) {
            return "ec2".equals(service) ? EC2 : QUERY;
        }
        return "s3".equals(service) || "s3-outposts".equals(service) ? REST_XML : REST_JSON;
    }

    static String service(Request request) {
        Matcher m = SCOPE.matcher(String.valueOf(request.getHeader("Authorization")));
        return m.find() ? m.group(2) : "";
    }

    static String region(Request request) {
        Matcher m = SCOPE.matcher(String.valueOf(request.getHeader("Authorization")));
        return m.find() ? m.group(1) : "";
    }

    /** The query protocol's Action, or null. */
    static String action(Request request) {
        if (!"POST".equals(request.getMethod().getName())) {
            return null;
        }
        Matcher m = ACTION.matcher(request.getBodyAsString());
        return m.find() ? m.group(1) : null;
    }

    /** What the request asks for, whoever signed it and whenever: the fault schedule is keyed on it. */
    static String operation(Request request) {
        String target = request.getHeader("X-Amz-Target");
        String what = target != null ? target : action(request) != null ? action(request)
                : request.getMethod().getName() + " " + request.getUrl().replaceAll("[?&]?x-id=[^&]*", "");
        return service(request) + "@" + region(request) + " " + what;
    }
}
