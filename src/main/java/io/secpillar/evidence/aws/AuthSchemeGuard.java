package io.secpillar.evidence.aws;

import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.http.auth.spi.scheme.AuthSchemeProvider;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Set;

/**
 * The guard's first line. The SDK's own auth-scheme interceptor always runs before any interceptor we add, and it
 * resolves credentials in its {@code beforeExecution}: left alone, a write that {@link ReadOnlyGuard} then refuses
 * would still have assumed a role and asked for an MFA code. So we also wrap the client's auth scheme provider, the
 * first thing that interceptor consults, and refuse there, before any credentials are fetched.
 *
 * <p>Every generated client builder has {@code authSchemeProvider(XxxAuthSchemeProvider)} and the provider's
 * parameters carry {@code operation()}; we reach them by reflection so that one class serves every service.
 */
final class AuthSchemeGuard {

    private AuthSchemeGuard() {
    }

    static <C extends SdkClient> void install(Class<C> type, AwsClientBuilder<?, C> builder, Set<String> alsoAllowed) {
        try {
            String service = String.valueOf(type.getField("SERVICE_NAME").get(null));
            Class<?> builderType = type.getMethod("builder").getReturnType(); // the public builder interface
            Method setter = Arrays.stream(builderType.getMethods())
                    .filter(m -> m.getName().equals("authSchemeProvider") && m.getParameterCount() == 1
                            && AuthSchemeProvider.class.isAssignableFrom(m.getParameterTypes()[0])
                            && m.getParameterTypes()[0] != AuthSchemeProvider.class)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(type.getName() + " has no auth scheme provider"));
            Class<?> providerType = setter.getParameterTypes()[0];
            Object sdkDefault = providerType.getMethod("defaultProvider").invoke(null);
            Object guarded = Proxy.newProxyInstance(providerType.getClassLoader(), new Class<?>[] {providerType},
                    (proxy, method, args) -> {
                        if (method.getName().equals("resolveAuthScheme") && args != null && args.length == 1
                                && !(args[0] instanceof java.util.function.Consumer)) {
                            check(service, operation(args[0]), alsoAllowed);
                        }
                        try {
                            return method.invoke(sdkDefault, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            setter.invoke(builder, guarded);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot guard " + type.getName() + " clients", e);
        }
    }

    private static String operation(Object params) throws ReflectiveOperationException {
        Method operation = Arrays.stream(params.getClass().getInterfaces())
                .flatMap(i -> Arrays.stream(i.getMethods()))
                .filter(m -> m.getName().equals("operation") && m.getParameterCount() == 0)
                .findFirst()
                .orElseThrow(() -> new NoSuchMethodException("operation() on " + params.getClass()));
        return String.valueOf(operation.invoke(params));
    }

    private static void check(String service, String operation, Set<String> alsoAllowed) {
        if (!alsoAllowed.contains(operation) && !ReadOnlyOperations.isAllowed(operation)) {
            throw new WriteRefusedException(service, operation);
        }
    }
}
