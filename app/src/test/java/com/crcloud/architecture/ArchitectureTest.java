package com.crcloud.architecture;

import com.crcloud.tenant.persistence.TenantOwnedEntity;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The architecture rules, as tests: tenant isolation cannot be bypassed by a new query path, SQL stays in vetted
 * places, views stay thin, and plugins and the SDK depend on nothing of the host.
 */
class ArchitectureTest {

    /** Platform tables: the only entities that are not tenant-owned. */
    private static final Set<String> PLATFORM_ENTITIES = Set.of("Tenant", "PlatformUser", "AuditRevision", "PluginInstallation", "FailedSignIn");
    /** Query indexes derived from audited data and rebuilt from it: tenant-owned, without a history of their own. */
    private static final Set<String> DERIVED_INDEXES = Set.of("CustomerNamePart");

    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.crcloud");
    }

    @Test
    void every_entity_is_tenant_owned_and_audited_unless_it_is_a_platform_table() {
        classes().that().areAnnotatedWith(Entity.class)
                .and(DescribedPredicate.describe("are not platform tables or derived indexes", (JavaClass c) ->
                        !PLATFORM_ENTITIES.contains(c.getSimpleName()) && !DERIVED_INDEXES.contains(c.getSimpleName())))
                .should().beAssignableTo(TenantOwnedEntity.class)
                .andShould().beAnnotatedWith(Audited.class)
                .check(product);
    }

    @Test
    void derived_indexes_carry_the_tenant_discriminator_and_no_history() {
        classes().that().areAnnotatedWith(Entity.class)
                .and(DescribedPredicate.describe("are derived indexes", (JavaClass c) -> DERIVED_INDEXES.contains(c.getSimpleName())))
                .should(haveATenantIdField())
                .andShould().notBeAnnotatedWith(Audited.class)
                .check(product);
    }

    @Test
    void envers_history_is_read_only_through_the_tenant_filtering_history_service() {
        noClasses().that().doNotHaveFullyQualifiedName("com.crcloud.audit.service.AuditHistoryService")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.hibernate.envers.AuditReaderFactory")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.hibernate.envers.AuditReader")
                .check(product);
    }

    @Test
    void native_sql_and_jdbc_live_only_in_vetted_native_repositories() {
        noClasses().that().haveSimpleNameNotEndingWith("NativeRepository")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.sql.DataSource")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.Connection")
                .orShould().callMethod(jakarta.persistence.EntityManager.class, "createNativeQuery", String.class)
                .check(product);
        methods().that().areAnnotatedWith(Query.class)
                .should(notBeNativeOutsideNativeRepositories())
                .allowEmptyShould(true)
                .check(product);
    }

    @Test
    void domain_and_services_do_not_depend_on_the_ui() {
        noClasses().that().resideInAnyPackage("..domain..", "..service..")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "com.vaadin.flow.component..")
                .check(product);
    }

    @Test
    void feature_packages_have_no_dependency_cycles() {
        slices().matching("com.crcloud.(*)..").should().beFreeOfCycles().check(product);
    }

    @Test
    void the_plugin_sdk_depends_on_nothing_but_the_jdk_and_pf4j() {
        classes().that().resideInAPackage("com.crcloud.plugin.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("com.crcloud.plugin.api..", "java..", "org.pf4j..")
                .check(product);
    }

    @Test
    void built_plugins_see_only_the_plugin_sdk() throws IOException {
        Path pluginsDir = Path.of(System.getProperty("crc.plugins-dir", "../plugins-dist"));
        List<Path> jars;
        try (Stream<Path> files = Files.list(pluginsDir)) {
            jars = files.filter(path -> path.toString().endsWith(".jar")).toList();
        }
        assertThat(jars).as("plugin jars in %s", pluginsDir).isNotEmpty();
        for (Path jar : jars) {
            try (JarFile file = new JarFile(jar.toFile())) {
                JavaClasses plugin = new ClassFileImporter().importJar(file);
                classes().should().onlyDependOnClassesThat()
                        .resideInAnyPackage("com.crcloud.plugin.api..", "com.crcloud.plugins..", "java..", "org.pf4j..")
                        .as("plugin " + jar.getFileName() + " depends only on the SDK")
                        .check(plugin);
            }
        }
    }

    private static ArchCondition<JavaClass> haveATenantIdField() {
        return new ArchCondition<>("have a field annotated with @TenantId") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                if (entity.getFields().stream().noneMatch(field -> field.isAnnotatedWith(TenantId.class))) {
                    events.add(SimpleConditionEvent.violated(entity, entity.getName() + " has no @TenantId field"));
                }
            }
        };
    }

    private static ArchCondition<JavaMethod> notBeNativeOutsideNativeRepositories() {
        return new ArchCondition<>("not be native outside *NativeRepository") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean nativeQuery = method.getAnnotationOfType(Query.class).nativeQuery();
                if (nativeQuery && !method.getOwner().getSimpleName().endsWith("NativeRepository")) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " runs native SQL"));
                }
            }
        };
    }
}
