package com.crcloud.flow.service;

import com.crcloud.flow.FlowFixtures;
import com.crcloud.tenant.support.UserFacingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FlowFilesTest {

    private final FlowFiles files = new FlowFiles();

    @ParameterizedTest
    @EnumSource(FlowFileFormat.class)
    void a_written_flow_file_reads_back_to_the_same_definition(FlowFileFormat format) {
        FlowFiles.FlowFile file = new FlowFiles.FlowFile(FlowFiles.FORMAT, FlowFiles.FORMAT_VERSION, "consumer-loan", "Consumer loan", 3,
                FlowFixtures.valid());

        FlowFiles.FlowFile read = files.read("flow" + format.extension(), files.write(file, format));

        assertThat(read).isEqualTo(file);
    }

    @Test
    void a_stored_definition_loads_back_unchanged() {
        assertThat(files.load(files.store(FlowFixtures.valid()))).isEqualTo(FlowFixtures.valid());
    }

    @Test
    void a_misspelt_property_is_named_with_its_line_instead_of_being_ignored() {
        String json = """
                {"format": "crc-review-flow", "formatVersion": 1, "product": "loan", "name": "Loan",
                 "definition": {"stages": [{"name": "Identity", "phase": "VERIFICATION", "stepz": []}]}}
                """;

        assertThatThrownBy(() -> files.read("loan.json", json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("flow.error.unreadableFile");
                    assertThat(e.arguments()).startsWith("loan.json", 2);
                    assertThat(e.arguments()[3]).isEqualTo("definition.stages[0].stepz");
                });
    }

    @Test
    void an_unknown_phase_is_refused_with_the_accepted_values() {
        String yaml = """
                format: crc-review-flow
                formatVersion: 1
                product: loan
                name: Loan
                definition:
                  stages:
                    - name: Identity
                      phase: CHECKING
                """;

        assertThatThrownBy(() -> files.read("loan.yaml", yaml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("flow.error.unreadableFile");
                    assertThat(e.arguments()[3]).isEqualTo("definition.stages[0].phase");
                    assertThat(e.arguments()[4].toString()).contains("VERIFICATION", "ASSESSMENT");
                });
    }

    @Test
    void some_other_json_file_is_refused_as_not_a_flow_file() {
        assertThatThrownBy(() -> files.read("package.json", "{\"name\": \"x\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isIn("flow.error.unreadableFile",
                        "flow.error.notAFlowFile"));
        assertThatThrownBy(() -> files.read("other.json", "{\"format\": \"something\", \"formatVersion\": 1}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("flow.error.notAFlowFile"));
    }

    @Test
    void an_empty_file_and_a_future_format_version_are_refused_by_name() {
        assertThatThrownBy(() -> files.read("empty.json", new byte[0]))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("flow.error.emptyFile"));
        assertThatThrownBy(() -> files.read("next.json", "{\"format\": \"crc-review-flow\", \"formatVersion\": 2, \"definition\": {}}"
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("flow.error.formatVersion"));
    }
}
