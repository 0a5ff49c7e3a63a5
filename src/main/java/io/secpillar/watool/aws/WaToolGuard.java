package io.secpillar.watool.aws;

import io.secpillar.watool.WaAccessList;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.auth.spi.scheme.AuthSchemeOption;
import software.amazon.awssdk.services.wellarchitected.auth.scheme.WellArchitectedAuthSchemeParams;
import software.amazon.awssdk.services.wellarchitected.auth.scheme.WellArchitectedAuthSchemeProvider;

import java.util.List;

/**
 * The WA Tool client's allow-list, enforced twice like the evidence engine's read-only guard: in the auth scheme
 * provider, which the SDK consults before it fetches credentials (so a refused call never assumes a role or asks for
 * an MFA code), and as an interceptor before the request is marshalled, signed or sent. Anything not in the
 * {@link WaAccessList} is refused; nothing here widens the evidence engine's guard.
 */
final class WaToolGuard implements ExecutionInterceptor, WellArchitectedAuthSchemeProvider {

    private final WaAccessList allowed;
    private final WellArchitectedAuthSchemeProvider sdkDefault = WellArchitectedAuthSchemeProvider.defaultProvider();

    WaToolGuard(WaAccessList allowed) {
        this.allowed = allowed;
    }

    @Override
    public List<AuthSchemeOption> resolveAuthScheme(WellArchitectedAuthSchemeParams params) {
        check(params.operation());
        return sdkDefault.resolveAuthScheme(params);
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        check(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
    }

    private void check(String operation) {
        if (!allowed.allows(operation)) {
            throw new WaToolRefusedException(operation, allowed.purpose().endsWith("Pull") ? "pull's client"
                    : "push's client");
        }
    }
}
