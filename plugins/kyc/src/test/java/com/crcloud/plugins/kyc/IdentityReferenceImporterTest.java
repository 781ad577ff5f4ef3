package com.crcloud.plugins.kyc;

import com.crcloud.plugin.api.DataImporter;
import com.crcloud.plugin.api.ExtensionContext;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentityReferenceImporterTest {

    private final IdentityReferenceImporter importer = new IdentityReferenceImporter();

    @Test
    void an_uploaded_reference_list_is_stored_where_the_identity_source_check_reads_it() {
        ExtensionContext context = TestSupport.context(importer, Map.of());
        DataImporter.ImportReport report = importer.importFile(context, "reference.csv",
                "id_number,name\n11010519491231002X,王芳\n".getBytes(StandardCharsets.UTF_8));

        assertThat(report.accepted()).isEqualTo(1);
        assertThat(context.recordStore().get(ReferenceFileIdentitySource.COLLECTION, "11010519491231002X")).contains("王芳");
    }

    @Test
    void a_malformed_file_is_refused_whole_and_nothing_is_stored() {
        ExtensionContext context = TestSupport.context(importer, Map.of());
        assertThatThrownBy(() -> importer.importFile(context, "bad.csv",
                "11010519491231002X,王芳\nno-comma-here\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2");
        assertThat(context.recordStore().keys(ReferenceFileIdentitySource.COLLECTION)).isEmpty();
    }
}
