package io.secpillar.evidence;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** The plural word for what a result is about, read from its ARN ("S3 buckets", "security groups"). */
public final class ResourceNoun {

    private static final Map<String, String> BY_MARK = new LinkedHashMap<>();

    static {
        BY_MARK.put(":s3:::", "S3 buckets");
        BY_MARK.put(":security-group/", "security groups");
        BY_MARK.put(":instance/", "EC2 instances");
        BY_MARK.put(":volume/", "EBS volumes");
        BY_MARK.put(":vpc/", "VPCs");
        BY_MARK.put(":iam::", "IAM entities");
        BY_MARK.put(":rds:", "RDS databases");
        BY_MARK.put(":key/", "KMS keys");
        BY_MARK.put(":trail/", "trails");
        BY_MARK.put(":listener/", "load balancer listeners");
        BY_MARK.put(":loadbalancer/", "load balancers");
        BY_MARK.put(":detector/", "GuardDuty detectors");
        BY_MARK.put(":analyzer/", "access analyzers");
    }

    private ResourceNoun() {
    }

    public static String of(String resourceId) {
        if (resourceId.contains(":iam::") && resourceId.contains(":user/")) {
            return "IAM users";
        }
        if (resourceId.contains(":iam::") && resourceId.contains(":policy/")) {
            return "IAM policies";
        }
        for (Map.Entry<String, String> e : BY_MARK.entrySet()) {
            if (resourceId.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return resourceId.matches("\\d{12}") ? "account settings" : "resources";
    }

    /** The common noun of several results, or "resources" when they differ. */
    public static String common(Collection<String> resourceIds) {
        String noun = null;
        for (String id : resourceIds) {
            String n = of(id);
            if (noun != null && !noun.equals(n)) {
                return "resources";
            }
            noun = n;
        }
        return noun == null ? "resources" : noun;
    }
}
