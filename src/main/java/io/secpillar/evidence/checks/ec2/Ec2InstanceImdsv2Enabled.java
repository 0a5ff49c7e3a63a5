package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.Instance;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.MetadataOptions;

import java.util.List;
import java.util.Map;

/** Every live instance requires IMDSv2 tokens (or has no metadata endpoint), against SSRF theft of its role. */
public final class Ec2InstanceImdsv2Enabled extends InventoryCheck<Ec2Inventory> {

    public Ec2InstanceImdsv2Enabled() {
        super(regional("ec2_instance_imdsv2_enabled", "EC2 instances require IMDSv2", "ec2", Severity.HIGH,
                List.of(Ec2Inventory.DESCRIBE_INSTANCES), "Set HttpTokens=required on each instance "
                + "(ModifyInstanceMetadataOptions) after checking that its software uses a current AWS SDK, and make "
                + "IMDSv2 the account default for new instances."));
    }

    @Override
    public List<Finding> evaluate(Ec2Inventory inventory, Target target) {
        var live = inventory.instances().map(all -> all.stream().filter(i -> !"terminated".equals(i.state())).toList());
        return perResource(live, target, "instances", i -> finding(target, inventory.arn(target, "instance/" + i.id()),
                verdict(i)));
    }

    private static Verdict verdict(Instance instance) {
        var options = instance.metadataOptions();
        String tokens = options.map(o -> String.valueOf(o.httpTokens())).orElse("unknown");
        String endpoint = options.map(o -> String.valueOf(o.httpEndpoint())).orElse("unknown");
        String name = "Instance " + instance.id();
        String proof = name + " " + options.map(MetadataOptions::proof).orElse("null");
        boolean pass = "required".equals(tokens) || "disabled".equals(endpoint);
        return passIf(pass, name + ("required".equals(tokens) ? " requires IMDSv2 tokens." : pass
                ? " has its metadata endpoint turned off." : " still accepts IMDSv1 (HttpTokens " + tokens + ")."),
                Map.of("HttpTokens", tokens, "HttpEndpoint", endpoint), proof);
    }
}
