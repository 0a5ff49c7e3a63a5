package io.secpillar.evidence.checks.accessanalyzer;

import io.secpillar.evidence.Fetched;
import software.amazon.awssdk.services.accessanalyzer.model.AnalyzerSummary;

import java.util.List;

/** The IAM Access Analyzer analyzers of one region, of every type. */
public record AccessAnalyzerInventory(Fetched<List<AnalyzerSummary>> analyzers) {

    static final String LIST_ANALYZERS = "access-analyzer:ListAnalyzers";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(LIST_ANALYZERS);
}
