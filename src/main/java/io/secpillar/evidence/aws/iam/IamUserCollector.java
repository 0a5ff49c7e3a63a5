package io.secpillar.evidence.aws.iam;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.inventory.iam.IamUserInventory.AttachedPolicy;
import io.secpillar.evidence.inventory.iam.IamUserInventory.IamUserPolicies;
import io.secpillar.evidence.inventory.iam.IamUserInventory;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.User;

import java.util.List;

import static io.secpillar.evidence.inventory.iam.IamUserInventory.LIST_ATTACHED_USER_POLICIES;
import static io.secpillar.evidence.inventory.iam.IamUserInventory.LIST_USERS;
import static io.secpillar.evidence.inventory.iam.IamUserInventory.LIST_USER_POLICIES;

/** Lists every IAM user (all pages) and, per user, its attached managed policies and inline policy names. */
public final class IamUserCollector implements InventoryCollector<IamUserInventory> {

    @Override
    public Class<IamUserInventory> type() {
        return IamUserInventory.class;
    }

    @Override
    public IamUserInventory collect(AwsClients clients, Target target) {
        IamClient iam = clients.client(IamClient.class, target.region());
        Fetched<List<User>> users = AwsCalls.fetch(LIST_USERS,
                () -> iam.listUsersPaginator().users().stream().toList());
        return new IamUserInventory(users.map(list -> list.stream().map(user -> policies(iam, user)).toList()));
    }

    private static IamUserPolicies policies(IamClient iam, User user) {
        var attached = AwsCalls.fetch(LIST_ATTACHED_USER_POLICIES, () -> iam.listAttachedUserPoliciesPaginator(
                r -> r.userName(user.userName())).attachedPolicies().stream()
                .map(p -> new AttachedPolicy(p.policyName(), p.toString())).toList());
        var inline = AwsCalls.fetch(LIST_USER_POLICIES, () -> iam.listUserPoliciesPaginator(
                r -> r.userName(user.userName())).policyNames().stream().toList());
        return new IamUserPolicies(user.userName(), user.arn(), attached, inline);
    }
}
