package org.duban.quantity;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit of measure as written in Chinese tables (亿元, 万吨标煤, 万元/亩, 家, %), with the family it belongs to and the
 * exact factor that converts a value into the family's base unit (亿元 → ×10⁸ 元). Two units are comparable when they
 * share a family. Units nobody taught us form a family of their own, so they compare only with themselves.
 */
public final class UnitOfMeasure {

    /** Base units: symbol → family. A written unit is a base unit, possibly with a magnitude prefix (万, 亿 …). */
    private static final Map<String, String> BASE_UNITS = Map.ofEntries(
            Map.entry("元", "MONEY"),
            Map.entry("吨标煤", "ENERGY"),
            Map.entry("吨标准煤", "ENERGY"),
            Map.entry("吨", "MASS"),
            Map.entry("千瓦时", "ELECTRICITY"),
            Map.entry("度", "ELECTRICITY"),
            Map.entry("千瓦", "POWER"),
            Map.entry("亩", "AREA_MU"),
            Map.entry("平方米", "AREA_M2"),
            Map.entry("元/亩", "MONEY_PER_MU"),
            Map.entry("元/平方米", "MONEY_PER_M2"),
            Map.entry("%", "PERCENT"),
            Map.entry("个百分点", "PERCENTAGE_POINT"),
            Map.entry("位", "RANK"));

    /** Magnitude prefixes, longest first so that 百万 wins over 万. */
    private static final String[][] PREFIXES = {
            {"千万", "10000000"}, {"百万", "1000000"}, {"万亿", "1000000000000"},
            {"亿", "100000000"}, {"万", "10000"}, {"千", "1000"}, {"百", "100"}};

    /** Whole units that do not follow the prefix pattern. */
    private static final Map<String, UnitOfMeasure> SPECIAL = Map.of(
            "平方公里", new UnitOfMeasure("平方公里", "AREA_M2", new BigDecimal("1000000")),
            "公顷", new UnitOfMeasure("公顷", "AREA_M2", new BigDecimal("10000")),
            "千米", new UnitOfMeasure("千米", "LENGTH", new BigDecimal("1000")),
            "公里", new UnitOfMeasure("公里", "LENGTH", new BigDecimal("1000")),
            "米", new UnitOfMeasure("米", "LENGTH", BigDecimal.ONE),
            "％", new UnitOfMeasure("%", "PERCENT", BigDecimal.ONE));

    private final String symbol;
    private final String family;
    private final BigDecimal factor;

    private UnitOfMeasure(String symbol, String family, BigDecimal factor) {
        this.symbol = symbol;
        this.family = family;
        this.factor = factor;
    }

    public static final UnitOfMeasure YUAN = of("元");
    public static final UnitOfMeasure WAN_YUAN = of("万元");
    public static final UnitOfMeasure YI_YUAN = of("亿元");
    public static final UnitOfMeasure PERCENT = of("%");
    public static final UnitOfMeasure PERCENTAGE_POINT = of("个百分点");

    /**
     * The unit written as {@code symbol}. Never fails: an unknown symbol becomes a family of its own; counting words
     * (家, 个, 人次 …) are families too, and 万家 is 10⁴ 家.
     */
    public static UnitOfMeasure of(String symbol) {
        String s = Objects.requireNonNull(symbol, "symbol").strip().replace('％', '%').replace('／', '/');
        if (s.isEmpty()) {
            throw new IllegalArgumentException("a unit of measure must not be blank");
        }
        UnitOfMeasure special = SPECIAL.get(s);
        if (special != null) {
            return special;
        }
        if (BASE_UNITS.containsKey(s)) {
            return new UnitOfMeasure(s, BASE_UNITS.get(s), BigDecimal.ONE);
        }
        for (String[] prefix : PREFIXES) {
            if (s.startsWith(prefix[0]) && s.length() > prefix[0].length()) {
                String rest = s.substring(prefix[0].length());
                UnitOfMeasure inner = BASE_UNITS.containsKey(rest) || SPECIAL.containsKey(rest) ? of(rest) : null;
                if (inner == null && isCountWord(rest)) {
                    inner = new UnitOfMeasure(rest, "COUNT:" + rest, BigDecimal.ONE);
                }
                if (inner != null) {
                    return new UnitOfMeasure(s, inner.family, inner.factor.multiply(new BigDecimal(prefix[1])));
                }
            }
        }
        return new UnitOfMeasure(s, isCountWord(s) ? "COUNT:" + s : "OTHER:" + s, BigDecimal.ONE);
    }

    /** Counting words (量词) with optional suffixes: 家, 个, 家次, 人次, 项, 艘 … */
    private static boolean isCountWord(String s) {
        return s.length() <= 3 && !s.contains("/") && s.codePoints().allMatch(Character::isIdeographic)
                && "家个项件次人户座艘台套所条只名批".indexOf(s.charAt(0)) >= 0;
    }

    public String symbol() {
        return symbol;
    }

    /** The family of units this one converts with; units of different families are not comparable. */
    public String family() {
        return family;
    }

    /** Factor to the family's base unit: 亿元 → 100000000. */
    public BigDecimal factor() {
        return factor;
    }

    public boolean isComparableWith(UnitOfMeasure other) {
        return family.equals(other.family);
    }

    /** {@code value} in this unit expressed in the family's base unit, exactly. */
    public BigDecimal toBase(BigDecimal value) {
        return Decimals.normalize(value.multiply(factor));
    }

    /** {@code value} in this unit expressed in {@code target}, exactly, or empty when the families differ. */
    public Optional<BigDecimal> convert(BigDecimal value, UnitOfMeasure target) {
        if (!isComparableWith(target)) {
            return Optional.empty();
        }
        return Optional.of(Decimals.normalize(value.multiply(factor).divide(target.factor)));
    }

    /** Units with an amount of money: useful to read 亿 in "约760亿" as 亿元. */
    public boolean isMoney() {
        return family.equals("MONEY");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitOfMeasure u && u.symbol.equals(symbol);
    }

    @Override
    public int hashCode() {
        return symbol.hashCode();
    }

    @Override
    public String toString() {
        return symbol;
    }
}
