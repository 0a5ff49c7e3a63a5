package io.secpillar.evidence.aws.iam;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.inventory.iam.CustomerPolicyInventory;
import io.secpillar.evidence.inventory.iam.CustomerPolicyInventory.CustomerPolicy;
import io.secpillar.evidence.inventory.iam.CustomerPolicyInventory.InlinePolicy;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.iam.model.GetAccountAuthorizationDetailsResponse;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyDetail;
import software.amazon.awssdk.services.iam.model.PolicyScopeType;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static io.secpillar.evidence.inventory.iam.CustomerPolicyInventory.GET_ACCOUNT_AUTHORIZATION_DETAILS;
import static io.secpillar.evidence.inventory.iam.CustomerPolicyInventory.GET_POLICY_VERSION;
import static io.secpillar.evidence.inventory.iam.CustomerPolicyInventory.LIST_POLICIES;

/**
 * Lists the customer-managed policies (every page) and reads each default version's document once; reads the
 * inline policies of every user, group and role in one paginated GetAccountAuthorizationDetails call, which
 * carries their documents, instead of one Get…Policy call per policy.
 */
public final class CustomerPolicyCollector implements InventoryCollector<CustomerPolicyInventory> {

    private static final String SERVICE_LINKED_PATH = "/aws-service-role/";

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
                .toList()),
                AwsCalls.fetch(GET_ACCOUNT_AUTHORIZATION_DETAILS, () -> iam.getAccountAuthorizationDetailsPaginator(
                        r -> r.filter(EntityType.USER, EntityType.GROUP, EntityType.ROLE)).stream()
                        .flatMap(CustomerPolicyCollector::inline).toList()));
    }

    private static Stream<InlinePolicy> inline(GetAccountAuthorizationDetailsResponse page) {
        return Stream.of(
                page.userDetailList().stream().flatMap(u -> u.userPolicyList().stream()
                        .map(p -> inline("user", u.userName(), u.arn(), p))),
                page.groupDetailList().stream().flatMap(g -> g.groupPolicyList().stream()
                        .map(p -> inline("group", g.groupName(), g.arn(), p))),
                page.roleDetailList().stream().filter(r -> r.path() == null || !r.path().startsWith(SERVICE_LINKED_PATH))
                        .flatMap(r -> r.rolePolicyList().stream().map(p -> inline("role", r.roleName(), r.arn(), p))))
                .flatMap(s -> s);
    }

    private static InlinePolicy inline(String kind, String holder, String arn, PolicyDetail policy) {
        return new InlinePolicy(kind, holder, arn, policy.policyName(), decode(policy.policyDocument()));
    }

    /** IAM returns policy documents URL-encoded (RFC 3986); the SDK leaves them so. */
    private static Fetched<String> document(IamClient iam, Policy policy) {
        return AwsCalls.fetch(GET_POLICY_VERSION, () -> iam.getPolicyVersion(r -> r.policyArn(policy.arn())
                        .versionId(policy.defaultVersionId())).policyVersion().document())
                .map(CustomerPolicyCollector::decode);
    }

    private static String decode(String encoded) {
        return encoded == null ? "" : URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }
}
