package com.crcloud.pluginhost.service;

import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.plugin.api.RecordStore;
import com.crcloud.plugin.api.SettingProblem;
import com.crcloud.support.IntegrationTest;
import com.crcloud.tenant.extension.ExtensionSetting;
import com.crcloud.tenant.support.UserFacingException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Per-tenant switches and settings of extensions, validated by the plugin's own definitions, audited and isolated. */
@Tag("persistence")
class TenantExtensionServiceTest extends IntegrationTest {

    private static final String IDENTITY = "kyc/age";

    @Autowired
    TenantExtensionService extensions;
    @Autowired
    AuditHistoryService history;

    @Test
    void a_value_outside_the_declared_bounds_is_refused_with_its_setting_and_nothing_changes() {
        actAs(LENDER, "tenant-admin");
        TenantExtension before = item(IDENTITY);

        assertThatThrownBy(() -> extensions.save(IDENTITY, true, Map.of("minimumAge", "7"), before.version(), "test"))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.problems())
                        .containsExactly(Map.entry("minimumAge", new SettingProblem(SettingProblem.Kind.BELOW_MINIMUM, "14"))));
        assertThat(item(IDENTITY).version()).isEqualTo(before.version());
    }

    @Test
    void settings_are_per_tenant_versioned_and_kept_in_the_history_with_the_reason() {
        actAs(LENDER, "tenant-admin");
        TenantExtension saved = extensions.save(IDENTITY, true, Map.of("minimumAge", "21"), item(IDENTITY).version(), "stricter lending policy");

        assertThat(saved.values()).containsEntry("minimumAge", "21");
        assertThat(history.history(ExtensionSetting.class, saved.settingId()))
                .last().satisfies(entry -> {
                    assertThat(entry.reason()).isEqualTo("stricter lending policy");
                    assertThat(entry.state().getValues()).containsEntry("minimumAge", "21");
                });
        assertThat(extensions.contextFor(saved, Locale.ENGLISH).settings().integer("minimumAge")).isEqualTo(21);

        actAs(WEALTH, "tenant-admin");
        TenantExtension wealth = item(IDENTITY);
        assertThat(wealth.settingId()).isNotEqualTo(saved.settingId());
        assertThat(extensions.contextFor(wealth, Locale.ENGLISH).settings().integer("minimumAge")).isNotEqualTo(21);
    }

    @Test
    void saving_from_an_outdated_version_is_refused() {
        actAs(LENDER, "tenant-admin");
        TenantExtension current = item(IDENTITY);
        extensions.save(IDENTITY, true, Map.of(), current.version(), "first");

        assertThatThrownBy(() -> extensions.save(IDENTITY, false, Map.of(), current.version(), "stale"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("error.concurrentChange"));
    }

    @Test
    void an_unknown_setting_or_extension_is_named_in_the_refusal() {
        actAs(LENDER, "tenant-admin");
        assertThatThrownBy(() -> extensions.save(IDENTITY, true, Map.of("shoeSize", "42"), item(IDENTITY).version(), null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.arguments()).containsExactly("shoeSize", IDENTITY));
        assertThatThrownBy(() -> extensions.save("nobody/nothing", true, Map.of(), 0, null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("extensions.error.unknownExtension"));
    }

    @Test
    void only_a_tenant_admin_may_change_settings() {
        actAs(LENDER, "reviewer");
        assertThat(extensions.list()).isNotEmpty();
        assertThatThrownBy(() -> extensions.save(IDENTITY, false, Map.of(), 0, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_plugins_records_are_kept_per_tenant_and_per_plugin() {
        actAs(LENDER, "tenant-admin");
        RecordStore lenderIdentity = extensions.contextFor(item(IDENTITY), Locale.ENGLISH).recordStore();
        lenderIdentity.put("notes", "c-1", "seen by lender");

        assertThat(lenderIdentity.get("notes", "c-1")).contains("seen by lender");
        assertThat(lenderIdentity.keys("notes")).containsExactly("c-1");

        actAs(WEALTH, "tenant-admin");
        RecordStore wealthIdentity = extensions.contextFor(item(IDENTITY), Locale.ENGLISH).recordStore();
        assertThat(wealthIdentity.get("notes", "c-1")).isEmpty();

        actAs(LENDER, "tenant-admin");
        lenderIdentity.delete("notes", "c-1");
        assertThat(lenderIdentity.get("notes", "c-1")).isEmpty();
        assertThatThrownBy(() -> lenderIdentity.put("notes", "big", "x".repeat(8001)))
                .hasMessage("Record value of 8001 characters exceeds 8000");
    }

    @Test
    void a_large_collection_is_read_in_pages_of_the_tenant_and_plugin_in_key_order() {
        actAs(LENDER, "tenant-admin");
        RecordStore lender = extensions.contextFor(item(IDENTITY), Locale.ENGLISH).recordStore();
        String collection = "paged-" + java.util.UUID.randomUUID();
        for (int i = 0; i < 7; i++) {
            lender.put(collection, "k" + i, "v" + i);
        }

        assertThat(lender.page(collection, null, 3)).extracting(RecordStore.StoredRecord::key).containsExactly("k0", "k1", "k2");
        assertThat(lender.page(collection, "k2", 3)).extracting(RecordStore.StoredRecord::value).containsExactly("v3", "v4", "v5");
        assertThat(lender.page(collection, "k5", 3)).extracting(RecordStore.StoredRecord::key).containsExactly("k6");
        assertThatThrownBy(() -> lender.page(collection, null, 1001)).hasMessageContaining("1 to 1000");

        actAs(WEALTH, "tenant-admin");
        assertThat(extensions.contextFor(item(IDENTITY), Locale.ENGLISH).recordStore().page(collection, null, 10)).isEmpty();
    }

    private TenantExtension item(String key) {
        return extensions.list().stream().filter(item -> item.extension().key().equals(key)).findFirst().orElseThrow();
    }
}
