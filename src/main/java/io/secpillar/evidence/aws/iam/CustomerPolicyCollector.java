package io.secpillar.evidence.aws.iam;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.inventory.iam.CustomerPolicyInventory;
import io.secpillar.evidence.inventory.iam.CustomerPolicyInventory.CustomerPolicy;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyScopeType;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.secpillar.evidence.inventory.iam.CustomerPolicyInventory.GET_POLICY_VERSION;
import static io.secpillar.evidence.inventory.iam.CustomerPolicyInventory.LIST_POLICIES;

/** Lists the customer-managed policies (every page) and reads each default version's document once. */
public final class CustomerPolicyCollector implements InventoryCollector<CustomerPolicyInventory> {

    @Override
    public Class<CustomerPolicyInventory> type() {
        return CustomerPolicyInventory.class;
    }

    @Override
    public CustomerPolicyInventory collect(AwsClients clients, Target target) {
        IamClient iam = clients.client(IamClient.class, target.region());
        Fetched<List<Policy>> listed = AwsCalls.fetch(LIST_POLICIES, () -> iam.listPoliciesPaginator(
                r -> r.scope(PolicyScopeType.LOCAL)).policies().stream().toList());
        return new CustomerPolicyInventory(listed.map(policies -> policies.stream()
                .map(policy -> new CustomerPolicy(policy.arn(), policy.policyName(), policy.defaultVersionId(),
                        policy.attachmentCount() == null ? 0 : policy.attachmentCount(), document(iam, policy)))
                .toList()));
    }

    /** IAM returns policy documents URL-encoded (RFC 3986); the SDK leaves them so. */
    private static Fetched<String> document(IamClient iam, Policy policy) {
        return AwsCalls.fetch(GET_POLICY_VERSION, () -> iam.getPolicyVersion(r -> r.policyArn(policy.arn())
                        .versionId(policy.defaultVersionId())).policyVersion().document())
                .map(encoded -> URLDecoder.decode(encoded, StandardCharsets.UTF_8));
    }
}
