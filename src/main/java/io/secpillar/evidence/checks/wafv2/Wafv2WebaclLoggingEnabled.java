package io.secpillar.evidence.checks.wafv2;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.wafv2.WafInventory;

import java.util.List;
import java.util.Map;

/** Each regional web ACL logs the requests it inspects, so blocked attacks and false positives can be studied. */
public final class Wafv2WebaclLoggingEnabled extends InventoryCheck<WafInventory> {

    public Wafv2WebaclLoggingEnabled() {
        super(regional("wafv2_webacl_logging_enabled", "WAF web ACLs log the requests they inspect", "wafv2",
                Severity.LOW, List.of(WafInventory.LIST_WEB_ACLS, WafInventory.LIST_LOGGING_CONFIGURATIONS),
                "Turn on logging for the web ACL to a CloudWatch Logs group, S3 bucket or Firehose stream whose name "
                + "starts with aws-waf-logs-, redacting fields such as the Authorization header."));
    }

    @Override
    public List<Finding> evaluate(WafInventory inventory, Target target) {
        return fromRead(inventory.loggedWebAclArns(), target, logged -> perResource(inventory.webAcls(), target,
                "regional web ACLs", acl -> finding(target, acl.arn(), passIf(logged.contains(acl.arn()), "Web ACL "
                        + acl.name() + (logged.contains(acl.arn()) ? " logs its requests." : " has no logging."),
                        Map.of("logging", String.valueOf(logged.contains(acl.arn()))),
                        "ListLoggingConfigurations(REGIONAL): " + logged.size() + " configuration(s)"))));
    }
}
