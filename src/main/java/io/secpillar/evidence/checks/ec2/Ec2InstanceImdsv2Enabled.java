package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.ec2.Ec2Inventory;
import io.secpillar.evidence.checks.ec2.ResourceFindings.Verdict;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceMetadataOptionsResponse;

import java.util.List;
import java.util.Map;

/** Every live instance requires IMDSv2 tokens (or has no metadata endpoint), against SSRF theft of its role. */
public final class Ec2InstanceImdsv2Enabled implements Check<Ec2Inventory> {

    static final CheckMetadata METADATA = new CheckMetadata("ec2_instance_imdsv2_enabled",
            "EC2 instances require IMDSv2", "ec2", Scope.REGIONAL, Severity.HIGH,
            List.of(Ec2Inventory.DESCRIBE_INSTANCES),
            "Set HttpTokens=required on each instance (ModifyInstanceMetadataOptions) after checking that its "
                    + "software uses a current AWS SDK, and make IMDSv2 the account default for new instances.");

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public Class<Ec2Inventory> inventoryType() {
        return Ec2Inventory.class;
    }

    @Override
    public List<Finding> evaluate(Ec2Inventory inventory, Target target) {
        var live = inventory.instances().map(all -> all.stream().filter(i -> i.state() == null
                || !"terminated".equals(i.state().nameAsString())).toList());
        return ResourceFindings.perResource(METADATA.id(), live, target, "instances",
                i -> ResourceFindings.arn(target, "instance/" + i.instanceId()), this::judge);
    }

    private Verdict judge(Instance instance) {
        InstanceMetadataOptionsResponse options = instance.metadataOptions();
        String tokens = options == null ? "unknown" : String.valueOf(options.httpTokensAsString());
        String endpoint = options == null ? "unknown" : String.valueOf(options.httpEndpointAsString());
        var observed = Map.of("HttpTokens", tokens, "HttpEndpoint", endpoint);
        String name = "Instance " + instance.instanceId();
        String proof = name + " " + options;
        if ("required".equals(tokens)) {
            return new Verdict(Status.PASS, name + " requires IMDSv2 tokens.", observed, proof);
        }
        return "disabled".equals(endpoint)
                ? new Verdict(Status.PASS, name + " has its metadata endpoint turned off.", observed, proof)
                : new Verdict(Status.FAIL, name + " still accepts IMDSv1 (HttpTokens " + tokens + ").", observed, proof);
    }
}
