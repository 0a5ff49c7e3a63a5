package io.secpillar.evidence.scan;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Target;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts a scan into units: per account, one unit per global inventory, one per regional inventory and region,
 * and one per region that is not enabled. Accounts are interleaved so that no single account's API limits
 * take all the workers at once.
 */
public final class ScanUnits {

    private ScanUnits() {
    }

    public static List<ScanUnit> plan(ScanPlan plan, List<Check<?>> checks) {
        Map<Class<?>, List<Check<?>>> global = byInventory(checks, Scope.GLOBAL);
        Map<Class<?>, List<Check<?>>> regional = byInventory(checks, Scope.REGIONAL);
        List<List<ScanUnit>> perAccount = new ArrayList<>();
        for (AccountScope account : plan.accounts()) {
            List<ScanUnit> units = new ArrayList<>();
            global.forEach((type, list) -> units.add(new ScanUnit(account, Target.GLOBAL_REGION, type, list, true)));
            for (String region : account.regions()) {
                regional.forEach((type, list) -> units.add(new ScanUnit(account, region, type, list, true)));
            }
            if (!regional.isEmpty()) {
                List<Check<?>> all = regional.values().stream().flatMap(List::stream).toList();
                for (String region : account.regionsNotEnabled()) {
                    units.add(new ScanUnit(account, region, Void.class, all, false));
                }
            }
            perAccount.add(units);
        }
        return interleave(perAccount);
    }

    private static Map<Class<?>, List<Check<?>>> byInventory(List<Check<?>> checks, Scope scope) {
        Map<Class<?>, List<Check<?>>> map = new LinkedHashMap<>();
        for (Check<?> check : checks) {
            if (check.metadata().scope() == scope) {
                map.computeIfAbsent(check.inventoryType(), k -> new ArrayList<>()).add(check);
            }
        }
        return map;
    }

    private static List<ScanUnit> interleave(List<List<ScanUnit>> lists) {
        List<ScanUnit> out = new ArrayList<>();
        int longest = lists.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<ScanUnit> list : lists) {
                if (i < list.size()) {
                    out.add(list.get(i));
                }
            }
        }
        return out;
    }
}
