package io.secpillar.evidence.checks.ssm;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.ssm.SsmInventory;

import java.util.List;
import java.util.Map;

/** No document the account owns is shared with every AWS account ("all"). */
public final class SsmDocumentsSetAsPublic extends InventoryCheck<SsmInventory> {

    public SsmDocumentsSetAsPublic() {
        super(regional("ssm_documents_set_as_public", "SSM documents are not shared publicly", "ssm", Severity.HIGH,
                List.of(SsmInventory.LIST_DOCUMENTS, SsmInventory.DESCRIBE_DOCUMENT_PERMISSION), "Remove \"all\" "
                + "from the document's sharing (modify-document-permission --account-ids-to-remove all), share it "
                + "with named accounts only, and keep public sharing blocked in the SSM service settings."));
    }

    @Override
    public List<Finding> evaluate(SsmInventory inventory, Target target) {
        return perResource(inventory.documents(), target, "owned SSM documents", doc -> fromRead(doc.sharedWith(),
                target, "arn:aws:ssm:" + target.region() + ":" + target.accountId() + ":document/" + doc.name(),
                accounts -> passIf(!accounts.contains("all"), "Document " + doc.name() + (accounts.contains("all")
                        ? " is shared with every AWS account." : accounts.isEmpty() ? " is not shared."
                        : " is shared with " + accounts.size() + " named account(s)."),
                        Map.of("sharedWith", accounts.toString()), "DescribeDocumentPermission(" + doc.name()
                        + "): AccountIds=" + accounts)));
    }
}
