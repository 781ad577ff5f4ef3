package com.crcloud.plugins.kyc;

import com.crcloud.plugin.api.ReviewCheck;
import com.crcloud.plugin.api.SettingDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pf4j.Extension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the host relies on from every extension of this plugin. */
class ExtensionContractTest {

    static List<ReviewCheck> checks() {
        return List.of(new ResidentIdCheck(), new AgeCheck(), new CompletenessCheck(), new DocumentChecklistCheck(), new IdentitySourceCheck());
    }

    @Test
    void the_checks_have_the_agreed_stable_ids() {
        assertThat(checks()).extracting(ReviewCheck::id)
                .containsExactly("resident-id", "age", "completeness", "document-checklist", "identity-source");
    }

    @ParameterizedTest
    @MethodSource("checks")
    void every_check_is_an_extension_with_english_and_chinese_names(ReviewCheck check) {
        assertThat(check.getClass().isAnnotationPresent(Extension.class)).isTrue();
        assertThat(check.names()).containsOnlyKeys("en", "zh-CN");
        assertThat(check.id()).matches("[a-z]+(-[a-z]+)*");
    }

    @ParameterizedTest
    @MethodSource("checks")
    void every_setting_has_a_valid_default_and_a_chinese_label(ReviewCheck check) {
        for (SettingDefinition setting : check.settings()) {
            assertThat(setting.validate(setting.defaultValue())).as(setting.name()).isEmpty();
            assertThat(setting.labels()).as(setting.name()).containsKey("zh-CN");
        }
    }
}
