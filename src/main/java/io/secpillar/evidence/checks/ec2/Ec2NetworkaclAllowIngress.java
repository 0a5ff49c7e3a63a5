package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory;

import java.util.List;
import java.util.Locale;

/**
 * No network ACL lets the whole internet reach an administration port: the subnet layer backs up the security
 * groups. The network exposure analyzer applies the inbound entries in rule order, first match wins, for every
 * IPv4 and IPv6 source. Registered once per port, as ec2_networkacl_allow_ingress_ssh (TCP 22) and _rdp (TCP 3389).
 * Outbound entries (the replies' way back) and whether a subnet uses the ACL are not judged.
 */
public final class Ec2NetworkaclAllowIngress extends InventoryCheck<Ec2Inventory> {

    private final String service;
    private final int port;

    public Ec2NetworkaclAllowIngress(String service, int port) {
        super(regional("ec2_networkacl_allow_ingress_" + service.toLowerCase(Locale.ROOT), "Network ACLs do not let "
                + "the internet reach " + service, "ec2", Severity.MEDIUM, List.of(Ec2Inventory.DESCRIBE_NETWORK_ACLS),
                "Add a low-numbered inbound DENY entry for TCP " + port + " from 0.0.0.0/0 and ::/0 (above the allow "
                + "entries), or narrow the allow entries to the address ranges that really administer the subnet."));
        this.service = service;
        this.port = port;
    }

    @Override
    public List<Finding> evaluate(Ec2Inventory inventory, Target target) {
        return perResource(inventory.networkAcls(), target, "network ACLs", acl -> finding(target,
                inventory.arn(target, "network-acl/" + acl.id()), InternetAclPath.judge(acl, port, service)));
    }
}
