package org.duban.importing.units;

import java.util.regex.Pattern;
import org.duban.importing.table.TextNormalizer;

/**
 * Guesses what kind of unit a name denotes from its wording: 各县(区)政府 and 功能区管委会 are groups, 金塘管委会 a
 * zone committee, 定海区政府 a district government, 人行舟山市中心支行 a branch of a central body, 绿色处 a division,
 * 市经信局 a municipal department. A guess: the importer stores it and a person may correct it.
 */
public final class UnitKindGuesser {

    /** Collective names that stand for many units at once. */
    private static final Pattern GROUP = Pattern.compile(
            "^(各|全市各|市级各|全市|有关|相关|其他|其它|市级有关|市级相关|市直有关|市直相关).*"
                    + "|.*(各部门|有关部门|相关部门|有关单位|相关单位|成员单位|各单位|等)$"
                    + "|^(功能区管委会|各功能区|功能区|各功能区管委会|各开发区|开发区管委会|各乡镇\\(街道\\)|各乡镇|各街道)$");
    /** Branches of central or provincial bodies. */
    private static final Pattern CENTRAL_BRANCH = Pattern.compile(
            "^(人行|人民银行|中国人民银行|国家|中国|省).*|.*(中心支行|银保监|金融监管|证监|海关|海事局|气象局|通信管理局"
                    + "|邮政管理局|统计调查队|调查队|国家税务总局.*)$|.*银保监分局$|.*监管分局$");
    private static final Pattern ZONE_COMMITTEE = Pattern.compile(".*(管委会|管理委员会)$");
    private static final Pattern DISTRICT_GOVERNMENT = Pattern.compile(".+[区县旗]((人民)?政府)$|.{2,}市(人民)?政府$");
    private static final Pattern DIVISION = Pattern.compile(".*(处|科|股)$|^[^市区县省]{0,6}(办公室|室)$");
    private static final Pattern DEPARTMENT = Pattern.compile(
            ".*(局|委|办|厅|委员会|办公室|中心|部|院|署|总工会|团市委|妇联|科协|残联|工商联|侨联|文联|社科联|供销社|联合社)$");

    private UnitKindGuesser() {
    }

    /** The guessed kind's constant name (MUNICIPAL_DEPARTMENT, GROUP …), as the persistence enum spells it. */
    public static String guess(String name) {
        return guessKind(name).name();
    }

    /** The guessed kind; OTHER when the wording says nothing (a company, a name never seen). */
    public static GuessedUnitKind guessKind(String name) {
        String n = TextNormalizer.compact(name);
        if (n.isEmpty()) {
            return GuessedUnitKind.OTHER;
        }
        if (GROUP.matcher(n).matches()) {
            return GuessedUnitKind.GROUP;
        }
        if (CENTRAL_BRANCH.matcher(n).matches() && !n.startsWith("省级")) {
            return GuessedUnitKind.CENTRAL_BRANCH;
        }
        if (ZONE_COMMITTEE.matcher(n).matches()) {
            return GuessedUnitKind.ZONE_COMMITTEE;
        }
        if (DISTRICT_GOVERNMENT.matcher(n).matches()) {
            return GuessedUnitKind.DISTRICT_GOVERNMENT;
        }
        if (DIVISION.matcher(n).matches()) {
            return GuessedUnitKind.DIVISION;
        }
        if (DEPARTMENT.matcher(n).matches()) {
            return GuessedUnitKind.MUNICIPAL_DEPARTMENT;
        }
        return GuessedUnitKind.OTHER;
    }
}
