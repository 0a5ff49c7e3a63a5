package io.secpillar.evidence.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Every page of a listing the SDK gives no paginator for (or whose paginator cannot carry a fixed filter): the
 * call gets the previous page's token, null the first time, until a page comes without one.
 */
public final class TokenPages {

    private TokenPages() {
    }

    public static <P, T> List<T> all(Function<String, P> call, Function<P, List<T>> items,
                                     Function<P, String> nextToken) {
        List<T> all = new ArrayList<>();
        String token = null;
        do {
            P page = call.apply(token);
            all.addAll(items.apply(page));
            token = nextToken.apply(page);
        } while (token != null && !token.isBlank());
        return List.copyOf(all);
    }
}
