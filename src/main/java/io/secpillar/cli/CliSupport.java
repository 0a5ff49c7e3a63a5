package io.secpillar.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.secpillar.Services;
import io.secpillar.assessment.Workload;

/** What the engagement commands share: finding the workload named on the command line, and printing JSON. */
final class CliSupport {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private CliSupport() {
    }

    static Workload workload(Services services, String idOrName) {
        return services.reviews().findByIdOrName(idOrName).orElseThrow(() -> new UserFacingException("No workload \""
                + idOrName + "\" (by id or exact name) in " + services.dataDirectory() + ". List them with: secpillar workloads"));
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps and lists of plain values always serialise", e);
        }
    }

    static String day(java.time.Instant at) {
        return at.toString().substring(0, 10);
    }
}
