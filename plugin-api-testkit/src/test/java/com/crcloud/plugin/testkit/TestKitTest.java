package com.crcloud.plugin.testkit;

import com.crcloud.plugin.api.Configurable;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.PluginApi;
import com.crcloud.plugin.api.RecordStore;
import com.crcloud.plugin.api.ScreeningSubject;
import com.crcloud.plugin.api.SettingDefinition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestKitTest {

    private static final Configurable EXTENSION = new Configurable() {
        public String id() {
            return "age";
        }

        public Map<String, String> names() {
            return Map.of("en", "Age");
        }

        public List<SettingDefinition> settings() {
            return List.of(SettingDefinition.integer("minimumAge", "Minimum age", "最低年龄", 18, 14, 99),
                    SettingDefinition.text("note", "Note", null, null, false));
        }
    };

    @Test
    void the_test_kit_is_released_with_the_sdk_version_it_stands_in_the_host_for() throws IOException {
        Properties build = new Properties();
        try (InputStream in = TestKitTest.class.getResourceAsStream("/testkit-build.properties")) {
            build.load(in);
        }
        assertThat(build.getProperty("version")).isEqualTo(PluginApi.VERSION);
    }

    @Test
    void a_context_has_the_declared_defaults_overridden_by_the_tenants_values() {
        ExtensionContext context = TestContext.of(EXTENSION).setting("minimumAge", " 21 ").build();

        assertThat(context.settings().integer("minimumAge")).isEqualTo(21);
        assertThat(context.settings().text("note")).isEmpty();
        assertThat(context.tenantId()).isEqualTo(TestContext.TENANT);
        assertThat(context.actingUser()).isEqualTo(TestContext.USER);
        assertThat(context.clock()).isEqualTo(TestContext.CLOCK);
        assertThat(context.chinese()).isFalse();
    }

    @Test
    void a_blank_tenant_value_means_the_default_as_in_the_hosts_form() {
        assertThat(TestContext.of(EXTENSION).setting("minimumAge", "  ").build().settings().integer("minimumAge")).isEqualTo(18);
    }

    @Test
    void a_value_the_host_would_refuse_fails_the_set_up_naming_the_setting_and_the_problem() {
        assertThatThrownBy(() -> TestContext.of(EXTENSION).setting("minimumAge", "12").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimumAge").hasMessageContaining("14");
        assertThatThrownBy(() -> TestContext.of(EXTENSION).setting("maximumAge", "70").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maximumAge").hasMessageContaining("minimumAge");
    }

    @Test
    void tenant_user_locale_and_clock_are_what_the_test_chose() {
        ExtensionContext context = TestContext.of(EXTENSION).tenant("acme").user("alice").locale(Locale.SIMPLIFIED_CHINESE)
                .at(Instant.parse("2026-06-01T17:00:00Z"), ZoneId.of("Asia/Shanghai")).build();

        assertThat(context.tenantId()).isEqualTo("acme");
        assertThat(context.actingUser()).isEqualTo("alice");
        assertThat(context.chinese()).isTrue();
        assertThat(LocalDate.now(context.clock())).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(LocalDate.now(TestContext.of(EXTENSION).today(LocalDate.of(2027, 1, 5)).build().clock()))
                .isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void each_tenant_sees_only_its_own_records() {
        InMemoryRecordStore records = new InMemoryRecordStore();
        RecordStore acme = TestContext.of(EXTENSION).tenant("acme").records(records).build().recordStore();
        RecordStore globex = TestContext.of(EXTENSION).tenant("globex").records(records).build().recordStore();

        acme.put("decisions", "c1", "dismissed");

        assertThat(records.forTenant("acme").get("decisions", "c1")).contains("dismissed");
        assertThat(globex.get("decisions", "c1")).isEmpty();
        assertThat(globex.keys("decisions")).isEmpty();
        assertThat(TestContext.of(EXTENSION).tenant("acme").records(records).build().recordStore().keys("decisions"))
                .containsExactly("c1");
    }

    @Test
    void the_record_store_refuses_what_the_host_refuses_and_logs_every_write() {
        InMemoryRecordStore.TenantRecords store = new InMemoryRecordStore().forTenant("acme");

        assertThatThrownBy(() -> store.put("c", "k", "x".repeat(8001))).hasMessageContaining("8000");
        assertThatThrownBy(() -> store.put("c", "k".repeat(201), "v")).hasMessageContaining("200");
        assertThatThrownBy(() -> store.get(" ", "k")).hasMessageContaining("200");
        store.put("c", "b", "2");
        store.put("c", "a", "1");
        store.delete("c", "b");

        assertThat(store.keys("c")).containsExactly("a");
        assertThat(store.writes()).containsExactly("put c/b=2", "put c/a=1", "delete c/b");
        store.clearWrites();
        assertThat(store.writes()).isEmpty();
        assertThat(store.get("c", "a")).contains("1");
    }

    @Test
    void the_complete_customer_is_consistent_and_screened_with_its_identity() {
        CustomerSnapshot customer = TestCustomers.complete().build();
        ScreeningSubject subject = TestCustomers.subjectOf(customer);

        assertThat(customer.nationalIdNumber()).contains(TestCustomers.RESIDENT_ID);
        assertThat(TestCustomers.RESIDENT_ID.substring(6, 14)).isEqualTo(customer.dateOfBirth().orElseThrow().toString().replace("-", ""));
        assertThat(subject.fullName()).isEqualTo("王芳");
        assertThat(subject.dateOfBirth()).isEqualTo(customer.dateOfBirth());
        assertThat(subject.countryCode()).contains("CN");
        assertThat(TestCustomers.minimal().build().documents()).isEmpty();
    }

    @Test
    void pages_of_a_collection_come_in_key_order_after_the_given_key() {
        InMemoryRecordStore.TenantRecords store = new InMemoryRecordStore().forTenant("acme");
        for (int i = 0; i < 25; i++) {
            store.put("list", String.format("k%02d", i), "v" + i);
        }

        List<RecordStore.StoredRecord> first = store.page("list", null, 10);
        List<RecordStore.StoredRecord> last = store.page("list", "k19", 10);

        assertThat(first).extracting(RecordStore.StoredRecord::key).startsWith("k00", "k01").hasSize(10).endsWith("k09");
        assertThat(last).extracting(RecordStore.StoredRecord::value).containsExactly("v20", "v21", "v22", "v23", "v24");
        assertThat(store.page("other", null, 10)).isEmpty();
        assertThatThrownBy(() -> store.page("list", null, 1001)).hasMessageContaining("1000");
    }
}
