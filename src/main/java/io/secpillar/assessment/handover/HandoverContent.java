package io.secpillar.assessment.handover;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * The content of a hand-over file ({@code review.json} inside it): everything about one workload. Times are ISO-8601
 * UTC strings; ids of evidence runs are those of the data directory that wrote the file and only link the parts of
 * the file together. Answers are in the canonical form the audit trail records, so the trail can be checked against
 * them. Every field is always written (null where there is no value); a reader refuses unknown or missing fields.
 */
@JsonPropertyOrder({"schemaVersion", "exportedAt", "exportedBy", "workload", "lens", "review", "answers",
        "evidenceDecisions", "milestones", "improvements", "attachments", "evidenceRuns", "auditTrail"})
public record HandoverContent(int schemaVersion, String exportedAt, ActorDto exportedBy, WorkloadDto workload,
                              LensDto lens, ReviewDto review, List<AnswerDto> answers,
                              List<DecisionDto> evidenceDecisions, List<MilestoneDto> milestones,
                              List<ImprovementDto> improvements, List<AttachmentDto> attachments,
                              List<RunDto> evidenceRuns, List<RecordDto> auditTrail) {

    public record ActorDto(String reviewer, String osUser) { }

    public record WorkloadDto(String uid, String name, String client, String description, String environment,
                              List<String> accountIds, List<String> regions, String reviewOwner, String createdAt,
                              String updatedAt) { }

    public record LensDto(String alias, String version, String origin, String name, String lensJson,
                          String guidanceJson) { }

    public record ReviewDto(String createdAt) { }

    public record AnswerDto(JsonNode state, String changedBy, String changedAt) { }

    public record DecisionDto(String questionId, String choiceId, long runId, String decision, String decidedBy,
                              String decidedAt) { }

    public record MilestoneDto(String uid, String name, String note, String createdAt, String createdBy, Long runId,
                               String content, String contentSha256) { }

    public record ImprovementDto(String questionId, String choiceId, String owner, String due, String status,
                                 String justification, String acceptedUntil, String notes, String updatedBy,
                                 String updatedAt) { }

    public record AttachmentDto(String uid, String questionId, String choiceId, String kind, String name, long size,
                                String sha256, String link, String addedBy, String osUser, String addedAt) { }

    public record RunDto(long id, List<String> profiles, List<String> accountIds, List<String> regions,
                         String startedAt, String endedAt, String state, String catalogVersion, String error,
                         List<CheckDto> checks, List<ResultDto> results) { }

    public record CheckDto(String id, String title, String service, String severity, String scope,
                           String remediation) { }

    public record ResultDto(String checkId, String status, String reason, String accountId, String region,
                            String resourceId, Map<String, String> observed, String proof,
                            List<String> bestPractices) { }

    public record RecordDto(long sequence, String at, String kind, String subject, String summary, String before,
                            String after, String reviewer, String osUser, String previousHash, String hash) { }
}
