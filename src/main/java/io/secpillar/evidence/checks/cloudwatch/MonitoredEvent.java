package io.secpillar.evidence.checks.cloudwatch;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The CloudTrail events a security team wants an alarm on (the CIS AWS Foundations monitoring set), each with
 * the terms a metric filter's pattern must name to catch it: the event names, or the fields and values that
 * single it out. A term matches as a whole word, so CreateRoute is not satisfied by CreateRouteTable.
 */
public enum MonitoredEvent {
    UNAUTHORIZED_API_CALLS("unauthorized_api_calls", "unauthorized API calls",
            "UnauthorizedOperation", "AccessDenied"),
    SIGN_IN_WITHOUT_MFA("sign_in_without_mfa", "console sign-in without MFA", "ConsoleLogin", "MFAUsed"),
    ROOT_USAGE("root_usage", "use of the root user", "userIdentity.type", "Root"),
    POLICY_CHANGES("policy_changes", "IAM policy changes", "DeleteGroupPolicy", "DeleteRolePolicy",
            "DeleteUserPolicy", "PutGroupPolicy", "PutRolePolicy", "PutUserPolicy", "CreatePolicy", "DeletePolicy",
            "CreatePolicyVersion", "DeletePolicyVersion", "AttachRolePolicy", "DetachRolePolicy", "AttachUserPolicy",
            "DetachUserPolicy", "AttachGroupPolicy", "DetachGroupPolicy"),
    CLOUDTRAIL_CHANGES("and_alarm_for_cloudtrail_configuration_changes_enabled", "CloudTrail configuration changes",
            "CreateTrail", "UpdateTrail", "DeleteTrail", "StartLogging", "StopLogging"),
    CONFIG_CHANGES("and_alarm_for_aws_config_configuration_changes_enabled", "AWS Config configuration changes",
            "StopConfigurationRecorder", "DeleteDeliveryChannel", "PutDeliveryChannel", "PutConfigurationRecorder"),
    SECURITY_GROUP_CHANGES("security_group_changes", "security group changes", "AuthorizeSecurityGroupIngress",
            "AuthorizeSecurityGroupEgress", "RevokeSecurityGroupIngress", "RevokeSecurityGroupEgress",
            "CreateSecurityGroup", "DeleteSecurityGroup"),
    NETWORK_ACL_CHANGES("network_acl_changes", "network ACL changes", "CreateNetworkAcl", "CreateNetworkAclEntry",
            "DeleteNetworkAcl", "DeleteNetworkAclEntry", "ReplaceNetworkAclEntry", "ReplaceNetworkAclAssociation"),
    NETWORK_GATEWAY_CHANGES("network_gateway_changes", "network gateway changes", "CreateCustomerGateway",
            "DeleteCustomerGateway", "AttachInternetGateway", "CreateInternetGateway", "DeleteInternetGateway",
            "DetachInternetGateway"),
    ROUTE_TABLE_CHANGES("route_table_changes", "route table changes", "CreateRoute", "CreateRouteTable",
            "ReplaceRoute", "ReplaceRouteTableAssociation", "DeleteRouteTable", "DeleteRoute",
            "DisassociateRouteTable"),
    VPC_CHANGES("vpc_changes", "VPC changes", "CreateVpc", "DeleteVpc", "ModifyVpcAttribute",
            "AcceptVpcPeeringConnection", "CreateVpcPeeringConnection", "DeleteVpcPeeringConnection",
            "RejectVpcPeeringConnection"),
    KMS_KEY_DISABLING_OR_DELETION("disable_or_scheduled_deletion_of_kms_cmk", "disabling or scheduled deletion "
            + "of KMS keys", "DisableKey", "ScheduleKeyDeletion");

    private final String idSuffix;
    private final String description;
    private final List<String> terms;

    MonitoredEvent(String idSuffix, String description, String... terms) {
        this.idSuffix = idSuffix;
        this.description = description;
        this.terms = List.of(terms);
    }

    /** What follows cloudwatch_log_metric_filter_ in the check id. */
    public String idSuffix() {
        return idSuffix;
    }

    public String description() {
        return description;
    }

    /** Whether a filter pattern names every term of this event. */
    public boolean caughtBy(String filterPattern) {
        return missingFrom(filterPattern).isEmpty();
    }

    /** The terms a pattern does not name, for the reason of a failure. */
    public List<String> missingFrom(String filterPattern) {
        return terms.stream().filter(term -> !Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(term)
                + "(?![A-Za-z0-9])").matcher(filterPattern).find()).toList();
    }
}
