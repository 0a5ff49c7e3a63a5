package io.secpillar.evidence.policy;

import java.util.Locale;
import java.util.Set;

/**
 * How the analyzer treats a condition key:
 * <ul>
 * <li>IDENTITY keys are fixed by who calls (aws:PrincipalAccount, aws:SourceAccount, aws:SourceVpce, ...); the
 * analyzer sets them for each caller it tries.</li>
 * <li>CALLER keys are chosen by the caller or pass with time (aws:SecureTransport, aws:CurrentTime,
 * aws:RequestedRegion, sts:ExternalId, s3: and kms: request keys); the analyzer tries every value that makes a
 * difference to the policy, since a caller can send any of them.</li>
 * <li>OPAQUE keys are everything else (aws:SourceIp, tags, aws:userid, an identity provider's claims): the
 * analyzer cannot know their value, so a condition on them answers UNKNOWN.</li>
 * </ul>
 */
final class ConditionKeys {

    enum Kind { IDENTITY, CALLER, OPAQUE }

    static final String PRINCIPAL_ACCOUNT = "aws:principalaccount";
    static final String PRINCIPAL_ARN = "aws:principalarn";
    static final String PRINCIPAL_ORG_ID = "aws:principalorgid";
    static final String PRINCIPAL_IS_SERVICE = "aws:principalisawsservice";
    static final String PRINCIPAL_SERVICE_NAME = "aws:principalservicename";
    static final String SOURCE_ACCOUNT = "aws:sourceaccount";
    static final String SOURCE_ARN = "aws:sourcearn";
    static final String SOURCE_OWNER = "aws:sourceowner";
    static final String SOURCE_ORG_ID = "aws:sourceorgid";
    static final String SOURCE_VPCE = "aws:sourcevpce";
    static final String SOURCE_VPC = "aws:sourcevpc";
    static final String KMS_CALLER_ACCOUNT = "kms:calleraccount";
    static final String SECURE_TRANSPORT = "aws:securetransport";
    static final String EXTERNAL_ID = "sts:externalid";

    static final Set<String> IDENTITY_KEYS = Set.of(PRINCIPAL_ACCOUNT, PRINCIPAL_ARN, PRINCIPAL_ORG_ID,
            PRINCIPAL_IS_SERVICE, PRINCIPAL_SERVICE_NAME, SOURCE_ACCOUNT, SOURCE_ARN, SOURCE_OWNER, SOURCE_ORG_ID,
            SOURCE_VPCE, SOURCE_VPC, KMS_CALLER_ACCOUNT);

    private static final Set<String> CALLER_KEYS = Set.of(SECURE_TRANSPORT, "aws:currenttime", "aws:epochtime",
            "aws:multifactorauthpresent", "aws:multifactorauthage", "aws:requestedregion", "aws:useragent",
            "aws:referer", "aws:viaawsservice", "aws:calledvia", "aws:calledviafirst", "aws:calledvialast",
            "aws:tagkeys", EXTERNAL_ID, "sts:rolesessionname", "sts:transitivetagkeys", "iam:passedtoservice",
            "iam:associatedresourcearn");

    private ConditionKeys() {
    }

    static Kind kind(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        if (IDENTITY_KEYS.contains(k)) {
            return Kind.IDENTITY;
        }
        if (CALLER_KEYS.contains(k) || k.startsWith("aws:requesttag/")) {
            return Kind.CALLER;
        }
        boolean requestKeyOfS3OrKms = (k.startsWith("s3:") || k.startsWith("kms:")) && !k.contains("tag/")
                && !k.equals("s3:resourceaccount") && !k.equals("s3:dataaccesspointaccount")
                && !k.equals("s3:accesspointnetworkorigin");
        return requestKeyOfS3OrKms ? Kind.CALLER : Kind.OPAQUE;
    }
}
