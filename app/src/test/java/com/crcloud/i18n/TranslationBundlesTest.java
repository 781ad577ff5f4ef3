package com.crcloud.i18n;

import com.crcloud.customer.domain.ChineseResidentId;
import com.crcloud.customer.domain.NationalIdType;
import com.crcloud.notification.domain.MailSecurity;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.review.domain.CaseStage;
import com.crcloud.review.domain.CaseTrigger;
import com.crcloud.review.domain.DecisionOutcome;
import com.crcloud.review.domain.DecisionReason;
import com.crcloud.review.domain.MessageChannel;
import com.crcloud.review.domain.MessageStatus;
import com.crcloud.review.service.TimelineEntry;
import com.crcloud.review.service.WorkQueue;
import com.crcloud.tenant.domain.TenantStatus;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;
import org.hibernate.envers.RevisionType;
import org.junit.jupiter.api.Test;
import org.pf4j.PluginState;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** English and Chinese are complete, and every message key the code uses exists. */
class TranslationBundlesTest {

    /** Literal keys passed to getTranslation(...) or used as business-rule message keys. */
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "getTranslation\\(\"([a-zA-Z0-9.]+[a-zA-Z0-9])\"|\"((?:validation|error|customer|tenant|user|plugins|extensions|checks)\\.[a-zA-Z0-9.]+[a-zA-Z0-9])\"");
    private static final Path[] SOURCES = {Path.of("src/main/java"), Path.of("../tenants/src/main/java")};

    @Test
    void both_languages_have_exactly_the_same_keys() throws IOException {
        Set<String> english = load("i18n/messages.properties").stringPropertyNames();
        Set<String> chinese = load("i18n/messages_zh_CN.properties").stringPropertyNames();

        assertThat(new TreeSet<>(chinese)).as("keys missing in Chinese or English").isEqualTo(new TreeSet<>(english));
        assertThat(english).hasSizeGreaterThan(100);
    }

    @Test
    void no_chinese_message_is_left_in_english() throws IOException {
        Properties english = load("i18n/messages.properties");
        Properties chinese = load("i18n/messages_zh_CN.properties");
        Set<String> sameInBoth = Set.of("language.en", "language.zh-CN");
        assertThat(chinese.stringPropertyNames()).filteredOn(key -> !sameInBoth.contains(key))
                .allSatisfy(key -> assertThat(chinese.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key)));
    }

    @Test
    void every_key_used_in_the_code_exists() throws IOException {
        Set<String> defined = load("i18n/messages.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
                    while (matcher.find()) {
                        used.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(60);
        assertThat(defined).containsAll(used);
    }

    @Test
    void every_key_built_from_an_enum_exists() throws IOException {
        Set<String> defined = load("i18n/messages.properties").stringPropertyNames();
        for (ChineseResidentId.Problem problem : ChineseResidentId.Problem.values()) {
            assertThat(defined).contains("customer.nationalId.error." + problem.name());
        }
        for (NationalIdType type : NationalIdType.values()) {
            assertThat(defined).contains("nationalIdType." + type.name());
        }
        for (TenantStatus status : TenantStatus.values()) {
            assertThat(defined).contains("tenant.status." + status.name());
        }
        for (RevisionType type : RevisionType.values()) {
            assertThat(defined).contains("audit.type." + type.name());
        }
        for (var action : com.crcloud.pluginhost.domain.PluginInstallation.Action.values()) {
            assertThat(defined).contains("plugins.action." + action.name());
        }
        for (var kind : com.crcloud.pluginhost.service.ExtensionKind.values()) {
            assertThat(defined).contains("extensions.kind." + kind.name());
        }
        for (var problem : com.crcloud.plugin.api.SettingProblem.Kind.values()) {
            assertThat(defined).contains("extensions.problem." + problem.name());
        }
        for (var outcome : com.crcloud.plugin.api.CheckOutcome.values()) {
            assertThat(defined).contains("checks.status." + outcome.name());
        }
        for (PluginState state : PluginState.values()) {
            assertThat(defined).contains("plugins.state." + state.name());
        }
        for (Locale locale : Translations.SUPPORTED) {
            assertThat(defined).contains("language." + locale.toLanguageTag());
        }
        Map<String, Class<? extends Enum<?>>> labelled = Map.of("case.stage.", CaseStage.class, "case.trigger.", CaseTrigger.class,
                "risk.", RiskClass.class, "outcome.", DecisionOutcome.class, "reason.", DecisionReason.class,
                "channel.", MessageChannel.class, "messageStatus.", MessageStatus.class, "queue.", WorkQueue.class,
                "timeline.kind.", TimelineEntry.Kind.class, "mail.security.", MailSecurity.class);
        labelled.forEach((prefix, type) -> {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertThat(defined).contains(prefix + constant.name());
            }
        });
    }

    @Test
    void every_field_an_audit_trail_can_show_has_a_label() throws IOException {
        Set<String> defined = load("i18n/messages.properties").stringPropertyNames();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Audited.class));
        List<String> missing = new ArrayList<>();
        List<Class<?>> audited = scanner.findCandidateComponents("com.crcloud").stream()
                .<Class<?>>map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(), getClass().getClassLoader()))
                .filter(type -> type.isAnnotationPresent(Entity.class))
                .toList();
        for (Class<?> type : audited) {
            String prefix = StringUtils.uncapitalize(type.getSimpleName()) + ".";
            ReflectionUtils.doWithFields(type, field -> {
                if (!defined.contains(prefix + field.getName())) {
                    missing.add(prefix + field.getName());
                }
            }, field -> !Modifier.isStatic(field.getModifiers()) && !field.isAnnotationPresent(NotAudited.class)
                    && !List.of("id", "tenantId", "version").contains(field.getName()));
        }
        assertThat(audited).hasSizeGreaterThan(5);
        assertThat(missing).isEmpty();
    }

    @Test
    void a_missing_key_is_shown_marked_rather_than_blank() {
        assertThat(new Translations().getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }

    @Test
    void any_chinese_locale_gets_simplified_chinese_and_others_english() {
        Translations translations = new Translations();
        assertThat(translations.getTranslation("nav.customers", Locale.TRADITIONAL_CHINESE)).isEqualTo("客户");
        assertThat(translations.getTranslation("nav.customers", Locale.GERMAN)).isEqualTo("Customers");
        assertThat(translations.getTranslation("validation.tooLong", Locale.SIMPLIFIED_CHINESE, 200)).isEqualTo("最多 200 个字符");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
