package io.secpillar.pillar;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the companion file of a lens: labels, practice levels and workshop material keyed by the lens ids. */
public final class LensGuidanceReader {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FileDto(String lensVersion, Map<String, QuestionDto> questions) { }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record QuestionDto(String label, String workshopTip, Map<String, PracticeDto> practices) { }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PracticeDto(String label, String level, String goodLooksLike, List<String> askTheClient, String evidence) { }

    public LensGuidance read(String json) {
        FileDto file;
        try {
            file = JSON.readValue(json, FileDto.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the lens guidance file is not valid: " + e.getMessage(), e);
        }
        Map<String, QuestionGuidance> questions = new LinkedHashMap<>();
        if (file.questions() != null) {
            file.questions().forEach((qid, q) -> {
                Map<String, PracticeGuidance> practices = new LinkedHashMap<>();
                if (q.practices() != null) {
                    q.practices().forEach((cid, p) -> practices.put(cid, new PracticeGuidance(
                            nz(p.label()), level(p.level()), nz(p.goodLooksLike()),
                            p.askTheClient() == null ? List.of() : p.askTheClient(), nz(p.evidence()))));
                }
                questions.put(qid, new QuestionGuidance(nz(q.label()), nz(q.workshopTip()), practices));
            });
        }
        return new LensGuidance(Optional.ofNullable(file.lensVersion()).filter(v -> !v.isBlank()), questions);
    }

    private static PracticeLevel level(String text) {
        if (text == null) {
            return PracticeLevel.UNSPECIFIED;
        }
        try {
            return PracticeLevel.valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return PracticeLevel.UNSPECIFIED;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
