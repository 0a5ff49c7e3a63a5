package io.secpillar.evidence.aws.iam;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.inventory.iam.IamAccountInventory;
import io.secpillar.evidence.inventory.iam.IamAccountInventory.PasswordPolicy;
import io.secpillar.evidence.inventory.iam.IamAccountInventory.SupportPolicyHolders;
import io.secpillar.evidence.inventory.iam.IamAccountInventory.VirtualMfaDevice;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AssignmentStatusType;
import software.amazon.awssdk.services.iam.model.ListEntitiesForPolicyRequest;
import software.amazon.awssdk.services.iam.model.ListEntitiesForPolicyResponse;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.PolicyGroup;
import software.amazon.awssdk.services.iam.model.PolicyRole;
import software.amazon.awssdk.services.iam.model.PolicyUser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.secpillar.evidence.inventory.iam.IamAccountInventory.GET_ACCOUNT_SUMMARY;
import static io.secpillar.evidence.inventory.iam.IamAccountInventory.GET_PASSWORD_POLICY;
import static io.secpillar.evidence.inventory.iam.IamAccountInventory.LIST_ENTITIES_FOR_POLICY;
import static io.secpillar.evidence.inventory.iam.IamAccountInventory.LIST_VIRTUAL_MFA_DEVICES;

/** Reads the account-wide IAM settings; each read is kept as data, so a refusal only affects its checks. */
public final class IamAccountCollector implements InventoryCollector<IamAccountInventory> {

    @Override
    public Class<IamAccountInventory> type() {
        return IamAccountInventory.class;
    }

    @Override
    public IamAccountInventory collect(AwsClients clients, Target target) {
        IamClient iam = clients.client(IamClient.class, target.region());
        String partition = Partitions.of(target.region());
        Fetched<Map<String, Integer>> summary = AwsCalls.fetch(GET_ACCOUNT_SUMMARY,
                () -> iam.getAccountSummary().summaryMapAsStrings());
        var devices = AwsCalls.fetch(LIST_VIRTUAL_MFA_DEVICES, () -> iam.listVirtualMFADevicesPaginator(
                r -> r.assignmentStatus(AssignmentStatusType.ASSIGNED)).virtualMFADevices().stream()
                .map(d -> new VirtualMfaDevice(d.serialNumber(), Optional.ofNullable(d.user())
                        .map(u -> String.valueOf(u.arn())))).toList());
        Fetched<Optional<PasswordPolicy>> policy = AwsCalls.fetch(GET_PASSWORD_POLICY, () -> passwordPolicy(iam));
        String supportPolicy = "arn:" + partition + ":iam::aws:policy/AWSSupportAccess";
        Fetched<SupportPolicyHolders> holders = AwsCalls.fetch(LIST_ENTITIES_FOR_POLICY,
                () -> holders(iam, supportPolicy));
        return new IamAccountInventory(partition, summary, devices, policy, holders);
    }

    /** An account without a password policy answers NoSuchEntity: that is a fact about the account, not an error. */
    private static Optional<PasswordPolicy> passwordPolicy(IamClient iam) {
        try {
            var p = iam.getAccountPasswordPolicy().passwordPolicy();
            return Optional.of(new PasswordPolicy(p.minimumPasswordLength(), p.passwordReusePrevention(),
                    p.requireUppercaseCharacters(), p.requireLowercaseCharacters(), p.requireNumbers(),
                    p.requireSymbols(), p.toString()));
        } catch (NoSuchEntityException e) {
            return Optional.empty();
        }
    }

    private static SupportPolicyHolders holders(IamClient iam, String policyArn) {
        List<String> roles = new ArrayList<>();
        List<String> users = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        ListEntitiesForPolicyRequest request = ListEntitiesForPolicyRequest.builder().policyArn(policyArn).build();
        for (ListEntitiesForPolicyResponse page : iam.listEntitiesForPolicyPaginator(request)) {
            page.policyRoles().stream().map(PolicyRole::roleName).forEach(roles::add);
            page.policyUsers().stream().map(PolicyUser::userName).forEach(users::add);
            page.policyGroups().stream().map(PolicyGroup::groupName).forEach(groups::add);
        }
        return new SupportPolicyHolders(policyArn, roles, users, groups);
    }
}
