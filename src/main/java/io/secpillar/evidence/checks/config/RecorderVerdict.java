package io.secpillar.evidence.checks.config;

import io.secpillar.evidence.Status;
import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.config.ConfigInventory;
import io.secpillar.evidence.inventory.config.ConfigInventory.Recorder;
import io.secpillar.evidence.inventory.config.ConfigInventory.RecorderStatus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The judgement of the recorder that speaks for a region: recording, last delivery not failed, and a recording group
 * that covers every supported and global resource type ({@link RecordingCoverage}).
 */
final class RecorderVerdict {

    private RecorderVerdict() {
    }

    static Verdict judge(ConfigInventory inventory, Recorder recorder) {
        String name = "Recorder " + recorder.name();
        var status = inventory.statusOf(recorder);
        boolean recording = status.filter(RecorderStatus::recording).isPresent();
        // The API spells the value "Failure"; older answers and the SDK's enum constant use capitals.
        boolean failing = status.filter(s -> "Failure".equalsIgnoreCase(s.lastStatus())).isPresent();
        var group = recorder.recordingGroup();
        Optional<String> gap = group.flatMap(RecordingCoverage::gap);
        Map<String, String> observed = new LinkedHashMap<>();
        observed.put("recording", String.valueOf(recording));
        observed.put("lastStatus", status.map(RecorderStatus::lastStatus).orElse("unknown"));
        observed.put("recordingGroup", group.map(String::valueOf).orElse("not given"));
        String proof = recorder.proof() + " " + status.map(RecorderStatus::proof).orElse("(no status)");
        if (recording && !failing && group.isEmpty()) {
            return new Verdict(Status.COULD_NOT_ASSESS, name + " is recording, but "
                    + "AWS did not say which resource types it records.", observed, proof);
        }
        String reason = !recording ? name + " exists but is not recording." : failing ? name + " is recording but its "
                + "last delivery failed (" + status.get().lastErrorCode() + ")." : gap.isPresent() ? name + " is "
                + "recording but " + gap.get() + "." : name + " is recording every supported and global resource type.";
        return Verdict.passIf(recording && !failing && gap.isEmpty(), reason, observed, proof);
    }
}
