package io.secpillar.evidence.checks.elbv2;

import java.util.regex.Pattern;

/**
 * What "current" means for a load balancer security policy: a predefined ELBSecurityPolicy that refuses TLS 1.0
 * and 1.1. AWS names them by family, so the TLS13-1-2*, TLS13-1-3*, FS-1-2* and TLS-1-2* families (with their
 * -Res, -Ext, FIPS and post-quantum variants) are current; ELBSecurityPolicy-2016-08, -2015-05, -TLS-1-0-2015-04,
 * -TLS-1-1-2017-01, -FS-2018-06, -FS-1-1-2019-08 and -TLS13-1-0/1-1-2021-06 still accept TLS 1.0 or 1.1.
 */
final class TlsPolicies {

    private static final Pattern CURRENT = Pattern.compile("ELBSecurityPolicy-(TLS13-1-[23]|FS-1-2|TLS-1-2)(-.+)?");

    private TlsPolicies() {
    }

    static boolean current(String policy) {
        return policy != null && CURRENT.matcher(policy).matches();
    }
}
