package io.secpillar.evidence.inventory.accessanalyzer;

import io.secpillar.evidence.Fetched;

import java.util.List;

/** The IAM Access Analyzer analyzers of one region, of every type. */
public record AccessAnalyzerInventory(Fetched<List<Analyzer>> analyzers) {

    public static final String LIST_ANALYZERS = "access-analyzer:ListAnalyzers";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(LIST_ANALYZERS);

    /**
     * One analyzer as ListAnalyzers describes it.
     *
     * @param type  ACCOUNT, ORGANIZATION, ACCOUNT_UNUSED_ACCESS …
     * @param proof the description as AWS gave it, for the evidence
     */
    public record Analyzer(String arn, String name, String type, String status, String proof) {
    }
}
