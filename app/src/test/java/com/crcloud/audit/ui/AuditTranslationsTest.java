package com.crcloud.audit.ui;

import com.crcloud.audit.domain.AuditEventKind;
import com.crcloud.audit.domain.TrailFinding;
import com.crcloud.tenant.user.Role;
import org.hibernate.envers.Audited;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every label the audit screens build from a name has a translation: record types, roles, findings, event kinds. */
class AuditTranslationsTest {

    @Test
    void every_audited_record_type_role_finding_and_event_kind_has_a_label_in_both_languages() throws IOException {
        for (String bundle : List.of("i18n/messages.properties", "i18n/messages_zh_CN.properties")) {
            Set<String> defined = load(bundle).stringPropertyNames();
            List<String> needed = new ArrayList<>();
            ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter(new AnnotationTypeFilter(jakarta.persistence.Entity.class));
            scanner.findCandidateComponents("com.crcloud").stream()
                    .map(definition -> definition.getBeanClassName().substring(definition.getBeanClassName().lastIndexOf('.') + 1))
                    .forEach(name -> needed.add("audit.entity." + name));
            scanner.findCandidateComponents("com.crcloud").stream()
                    .filter(definition -> {
                        try {
                            return !Class.forName(definition.getBeanClassName()).isAnnotationPresent(Audited.class);
                        } catch (ClassNotFoundException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .forEach(definition -> needed.remove("audit.entity." + definition.getBeanClassName()
                            .substring(definition.getBeanClassName().lastIndexOf('.') + 1)));
            for (Role role : Role.values()) {
                needed.add("audit.role." + role.name());
            }
            for (TrailFinding.Kind kind : TrailFinding.Kind.values()) {
                needed.add("audit.finding." + kind.name());
            }
            for (AuditEventKind kind : AuditEventKind.values()) {
                needed.add("auditEventKind." + kind.name());
            }
            assertThat(needed).hasSizeGreaterThan(30);
            assertThat(defined).as(bundle).containsAll(needed);
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AuditTranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
