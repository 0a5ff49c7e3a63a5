package io.secpillar.evidence.aws.iam;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.wire.FakeAws;
import io.secpillar.evidence.checks.iam.IamCustomerAttachedPolicyNoAdministrativePrivileges;
import io.secpillar.evidence.checks.iam.IamCustomerUnattachedPolicyNoAdministrativePrivileges;
import io.secpillar.evidence.checks.iam.IamPolicyAttachedOnlyToGroupOrRoles;
import io.secpillar.evidence.inventory.iam.CustomerPolicyInventory;
import io.secpillar.evidence.inventory.iam.IamUserInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Customer-managed policies and users over IAM's query/XML wire format: several pages (IsTruncated/Marker),
 * URL-encoded policy documents, and a refused per-policy read.
 */
class IamPolicyAndUserCollectorsWireTest {

    private static final Target TARGET = new Target("audit", "111122223333", "us-east-1");

    @RegisterExtension
    final FakeAws aws = FakeAws.perTest();

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** IAM encodes documents per RFC 3986: spaces as %20, never '+'. */
    private static String encodedDocument(String json) {
        return URLEncoder.encode(json, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String policyMember(String name, int attachments) {
        return "<member><PolicyName>" + name + "</PolicyName><DefaultVersionId>v2</DefaultVersionId>"
                + "<PolicyId>ANPAEXAMPLE" + name.toUpperCase() + "</PolicyId><Path>/</Path>"
                + "<Arn>arn:aws:iam::111122223333:policy/" + name + "</Arn>"
                + "<AttachmentCount>" + attachments + "</AttachmentCount><PermissionsBoundaryUsageCount>0"
                + "</PermissionsBoundaryUsageCount><IsAttachable>true</IsAttachable>"
                + "<CreateDate>2024-05-01T09:00:00Z</CreateDate><UpdateDate>2025-05-01T09:00:00Z</UpdateDate></member>";
    }

    private void stubDocument(String name, String json) {
        aws.query("GetPolicyVersion", "<PolicyVersion><Document>" + encodedDocument(json) + "</Document>"
                + "<VersionId>v2</VersionId><IsDefaultVersion>true</IsDefaultVersion>"
                + "<CreateDate>2025-05-01T09:00:00Z</CreateDate></PolicyVersion>",
                "PolicyArn=" + form("arn:aws:iam::111122223333:policy/" + name) + "&", "VersionId=v2");
    }

    @Test
    void readsEveryPageOfLocalPoliciesAndDecodesTheirDocuments() {
        aws.query("ListPolicies", "<Policies>" + policyMember("FullAdmin", 3) + policyMember("Reports", 1)
                + "</Policies><IsTruncated>true</IsTruncated><Marker>policies-2</Marker>", "Scope=Local");
        aws.query("ListPolicies", "<Policies>" + policyMember("Secret", 1) + policyMember("OldAdmin", 0)
                + "</Policies><IsTruncated>false</IsTruncated>", "Scope=Local", "Marker=policies-2");
        stubDocument("FullAdmin", "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"All things\", "
                + "\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}]}");
        stubDocument("Reports", "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
                + "\"Action\":[\"s3:GetObject\",\"s3:ListBucket\"],\"Resource\":[\"arn:aws:s3:::reports\","
                + "\"arn:aws:s3:::reports/*\"]}}");
        aws.queryError("GetPolicyVersion", 403, "AccessDenied", "User is not authorized to perform: "
                + "iam:GetPolicyVersion on resource: policy Secret",
                "PolicyArn=" + form("arn:aws:iam::111122223333:policy/Secret") + "&");
        stubDocument("OldAdmin", "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"*\"],\"Resource\":[\"*\"]}]}");
        aws.query("GetAccountAuthorizationDetails", "<UserDetailList/><GroupDetailList/><RoleDetailList/>"
                + "<Policies/><IsTruncated>false</IsTruncated>");

        CustomerPolicyInventory inventory = new CustomerPolicyCollector().collect(aws.clients(), TARGET);

        assertThat(inventory.policies().value()).extracting(p -> p.name())
                .containsExactly("FullAdmin", "Reports", "Secret", "OldAdmin");
        assertThat(inventory.policies().value().get(0).document().value()).contains("\"Sid\": \"All things\"");
        var attached = new IamCustomerAttachedPolicyNoAdministrativePrivileges().evaluate(inventory, TARGET.global());
        assertThat(attached).extracting(f -> f.resourceId().substring(f.resourceId().lastIndexOf('/') + 1),
                Finding::status).containsExactly(tuple("FullAdmin", Status.FAIL), tuple("Reports", Status.PASS),
                tuple("Secret", Status.COULD_NOT_ASSESS));
        assertThat(attached.get(2).reason()).contains("iam:GetPolicyVersion");
        var unattached = new IamCustomerUnattachedPolicyNoAdministrativePrivileges()
                .evaluate(inventory, TARGET.global());
        assertThat(unattached).singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(Status.FAIL));
    }

    private static String inlineMember(String nameTag, String name, String arn, String path, String listTag,
                                       String policyName, String json) {
        return "<member><Path>" + path + "</Path><" + nameTag + ">" + name + "</" + nameTag + "><Arn>" + arn
                + "</Arn><" + listTag + "><member><PolicyName>" + policyName + "</PolicyName><PolicyDocument>"
                + encodedDocument(json) + "</PolicyDocument></member></" + listTag + "></member>";
    }

    @Test
    void readsInlinePoliciesOfUsersGroupsAndRolesOverEveryPage() {
        String notAction = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"NotAction\":"
                + "[\"iam:*\",\"organizations:*\"],\"Resource\":\"*\"},{\"Effect\":\"Allow\",\"Action\":\"iam:*\","
                + "\"Resource\":\"*\"},{\"Effect\":\"Allow\",\"Action\":\"organizations:*\",\"Resource\":\"*\"}]}";
        String narrow = "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::reports/*\"}}";
        aws.query("ListPolicies", "<Policies/><IsTruncated>false</IsTruncated>", "Scope=Local");
        aws.query("GetAccountAuthorizationDetails", "<UserDetailList>" + inlineMember("UserName", "carol",
                "arn:aws:iam::111122223333:user/carol", "/", "UserPolicyList", "temp-s3", narrow)
                + "</UserDetailList><GroupDetailList>" + inlineMember("GroupName", "Ops",
                "arn:aws:iam::111122223333:group/Ops", "/", "GroupPolicyList", "ops-everything", notAction)
                + "</GroupDetailList><RoleDetailList/><Policies/><IsTruncated>true</IsTruncated>"
                + "<Marker>details-2</Marker>", "Filter.member.1=User");
        aws.query("GetAccountAuthorizationDetails", "<UserDetailList/><GroupDetailList/><RoleDetailList>"
                + inlineMember("RoleName", "AWSServiceRoleForSupport", "arn:aws:iam::111122223333:role/"
                + "aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport", "/aws-service-role/support.amazonaws.com/",
                "RolePolicyList", "support", notAction)
                + inlineMember("RoleName", "Deploy", "arn:aws:iam::111122223333:role/Deploy", "/", "RolePolicyList",
                "deploy", narrow) + "</RoleDetailList><Policies/><IsTruncated>false</IsTruncated>", "Marker=details-2");

        CustomerPolicyInventory inventory = new CustomerPolicyCollector().collect(aws.clients(), TARGET);

        assertThat(inventory.inlinePolicies().value()).extracting(p -> p.holderKind() + " " + p.holderName())
                .containsExactly("user carol", "group Ops", "role Deploy");
        var attached = new IamCustomerAttachedPolicyNoAdministrativePrivileges().evaluate(inventory, TARGET.global());
        assertThat(attached).extracting(Finding::resourceId, Finding::status).containsExactly(
                tuple("arn:aws:iam::111122223333:user/carol#temp-s3", Status.PASS),
                tuple("arn:aws:iam::111122223333:group/Ops#ops-everything", Status.FAIL),
                tuple("arn:aws:iam::111122223333:role/Deploy#deploy", Status.PASS));
        assertThat(attached.get(1).proof()).contains("NotAction");
    }

    @Test
    void aRefusedPolicyListIsOneCouldNotAssess() {
        aws.queryError("ListPolicies", 403, "AccessDenied", "User is not authorized to perform: iam:ListPolicies");

        CustomerPolicyInventory inventory = new CustomerPolicyCollector().collect(aws.clients(), TARGET);

        assertThat(inventory.policies().reason()).isEqualTo(CouldNotAssessReason.ACCESS_DENIED);
        assertThat(inventory.policies().operation()).isEqualTo("iam:ListPolicies");
    }

    private static String userMember(String name) {
        return "<member><Path>/</Path><UserName>" + name + "</UserName><UserId>AIDA" + name.toUpperCase()
                + "EXAMPLE</UserId><Arn>arn:aws:iam::111122223333:user/" + name + "</Arn>"
                + "<CreateDate>2023-03-01T10:00:00Z</CreateDate></member>";
    }

    @Test
    void readsEveryPageOfUsersAndTheirOwnPolicies() {
        aws.query("ListUsers", "<Users>" + userMember("alice") + userMember("bob")
                + "</Users><IsTruncated>true</IsTruncated><Marker>users-2</Marker>");
        aws.query("ListUsers", "<Users>" + userMember("carol") + "</Users><IsTruncated>false</IsTruncated>",
                "Marker=users-2");
        aws.query("ListAttachedUserPolicies", "<AttachedPolicies/><IsTruncated>false</IsTruncated>");
        aws.query("ListAttachedUserPolicies", "<AttachedPolicies><member><PolicyName>AdministratorAccess"
                + "</PolicyName><PolicyArn>arn:aws:iam::aws:policy/AdministratorAccess</PolicyArn></member>"
                + "</AttachedPolicies><IsTruncated>false</IsTruncated>", "UserName=bob");
        aws.query("ListUserPolicies", "<PolicyNames/><IsTruncated>false</IsTruncated>");
        aws.query("ListUserPolicies", "<PolicyNames><member>temp-s3</member></PolicyNames>"
                + "<IsTruncated>true</IsTruncated><Marker>inline-2</Marker>", "UserName=carol");
        aws.query("ListUserPolicies", "<PolicyNames><member>temp-kms</member></PolicyNames>"
                + "<IsTruncated>false</IsTruncated>", "UserName=carol", "Marker=inline-2");

        IamUserInventory inventory = new IamUserCollector().collect(aws.clients(), TARGET);

        assertThat(inventory.users().value()).extracting(u -> u.userName())
                .containsExactly("alice", "bob", "carol");
        assertThat(inventory.users().value().get(2).inline().value()).containsExactly("temp-s3", "temp-kms");
        var findings = new IamPolicyAttachedOnlyToGroupOrRoles().evaluate(inventory, TARGET.global());
        assertThat(findings).extracting(Finding::status).containsExactly(Status.PASS, Status.FAIL, Status.FAIL);
        assertThat(findings.get(1).reason()).contains("AdministratorAccess");
        assertThat(findings.get(1).proof()).startsWith("ListAttachedUserPolicies: [AttachedPolicy(PolicyName=AdministratorAccess");
    }
}
