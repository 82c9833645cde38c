package org.duban.importing.units;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitKindGuesserTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            市经信局,              MUNICIPAL_DEPARTMENT
            市经济和信息化局,      MUNICIPAL_DEPARTMENT
            市发改委,              MUNICIPAL_DEPARTMENT
            市金融办,              MUNICIPAL_DEPARTMENT
            市投促中心,            MUNICIPAL_DEPARTMENT
            市税务局,              MUNICIPAL_DEPARTMENT
            市政府办公室,          MUNICIPAL_DEPARTMENT
            定海区政府,            DISTRICT_GOVERNMENT
            岱山县人民政府,        DISTRICT_GOVERNMENT
            嵊州市政府,            DISTRICT_GOVERNMENT
            金塘管委会,            ZONE_COMMITTEE
            舟山高新区管理委员会,  ZONE_COMMITTEE
            人行舟山市中心支行,    CENTRAL_BRANCH
            舟山银保监分局,        CENTRAL_BRANCH
            舟山海关,              CENTRAL_BRANCH
            国家税务总局舟山市税务局, CENTRAL_BRANCH
            绿色处,                DIVISION
            消费品处,              DIVISION
            办公室,                DIVISION
            各县(区)政府,          GROUP
            各县（市、区）,        GROUP
            功能区管委会,          GROUP
            各功能区,              GROUP
            相关部门,              GROUP
            有关单位,              GROUP
            市级有关部门,          GROUP
            舟山华康生物科技有限公司, OTHER
            张三,                  OTHER
            """)
    void shouldGuessTheKindFromTheWording(String name, String expected) {
        assertThat(UnitKindGuesser.guess(name)).isEqualTo(expected);
    }
}
