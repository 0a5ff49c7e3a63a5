package io.secpillar.report.pdf;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs veraPDF on a file and names every rule it breaks, with its clause and how often. */
final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** The rules broken, e.g. "6.6.2.1-1 (3×): The logical structure of the conforming file shall ..."; empty when compliant. */
    static List<String> failures(Path pdf, PDFAFlavour flavour) throws Exception {
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            for (Map.Entry<RuleId, Integer> e : result.getFailedChecks().entrySet()) {
                Rule rule = result.getValidationProfile().getRuleByRuleId(e.getKey());
                failures.add(e.getKey().getClause() + "-" + e.getKey().getTestNumber() + " (" + e.getValue() + "×): "
                        + (rule == null ? "" : rule.getDescription()));
            }
            if (failures.isEmpty() && !result.isCompliant()) {
                failures.add("not compliant (" + result.getJobEndStatus() + ")");
            }
            failures.sort(null);
            return failures;
        }
    }
}
