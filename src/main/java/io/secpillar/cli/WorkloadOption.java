package io.secpillar.cli;

import io.secpillar.assessment.ReviewService;
import java.nio.file.Path;
import io.secpillar.assessment.Workload;
import picocli.CommandLine.Option;

/** The --workload option of the engagement commands: a workload by id or exact name. */
public final class WorkloadOption {

    @Option(names = "--workload", required = true, paramLabel = "ID|NAME", description = "The workload, by id or exact name.")
    String idOrName;

    /** The workload named, or a sentence saying there is none and how to list them. */
    Workload find(ReviewService reviews, Path dataDirectory) {
        return reviews.findByIdOrName(idOrName).orElseThrow(() -> new UserFacingException("No workload \""
                + idOrName + "\" (by id or exact name) in " + dataDirectory
                + ". List them with: secpillar workloads"));
    }
}
