package io.secpillar.evidence.aws.ssm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.secpillar.evidence.inventory.ssm.SsmInventory;
import io.secpillar.evidence.inventory.ssm.SsmInventory.SessionPreferences;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.InvalidDocumentException;

import java.io.IOException;
import java.util.Optional;

/**
 * Reads the Session Manager preferences, which SSM keeps as the document SSM-SessionManagerRunShell. The document
 * only exists once someone saved preferences; its absence (InvalidDocument) means every setting is off.
 */
final class SessionPreferencesDocument {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SessionPreferencesDocument() {
    }

    static Optional<SessionPreferences> read(SsmClient ssm) {
        String content;
        try {
            content = ssm.getDocument(r -> r.name(SsmInventory.SESSION_PREFERENCES_DOCUMENT)).content();
        } catch (InvalidDocumentException e) {
            return Optional.empty();
        }
        try {
            JsonNode inputs = JSON.readTree(content == null ? "{}" : content).path("inputs");
            return Optional.of(new SessionPreferences(inputs.path("kmsKeyId").asText(""),
                    inputs.path("s3BucketName").asText(""), inputs.path("cloudWatchLogGroupName").asText(""),
                    "SSM-SessionManagerRunShell inputs: " + inputs));
        } catch (IOException e) {
            throw SdkClientException.create("the Session Manager preferences document is not JSON: "
                    + e.getMessage(), e);
        }
    }
}
