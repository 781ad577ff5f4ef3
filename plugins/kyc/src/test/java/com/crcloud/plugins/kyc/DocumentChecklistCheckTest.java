package com.crcloud.plugins.kyc;

import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.CheckResult;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.CustomerSnapshot.Document;
import com.crcloud.plugin.testkit.InMemoryRecordStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;
import java.util.Map;

import static com.crcloud.plugins.kyc.TestSupport.context;
import static com.crcloud.plugins.kyc.TestSupport.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DocumentChecklistCheckTest {

    private final DocumentChecklistCheck check = new DocumentChecklistCheck();

    private CheckResult run(Map<String, String> settings, Document... documents) {
        CustomerSnapshot.Builder builder = customer();
        for (Document document : documents) {
            builder.document(document);
        }
        return check.run(context(check, settings), builder.build());
    }

    private static Document doc(String type, String status) {
        return new Document(type, status, "ab12");
    }

    @Test
    void all_default_documents_verified_passes() {
        CheckResult result = run(Map.of(), doc("ID_CARD", "VERIFIED"), doc("BANK_STATEMENT", "VERIFIED"),
                doc("PROOF_OF_ADDRESS", "VERIFIED"));

        assertThat(result.outcome()).isEqualTo(CheckOutcome.PASS);
        assertThat(result.explanation()).contains("All 3 required documents");
    }

    @Test
    void a_missing_document_fails_with_its_type_in_the_reason_code() {
        CheckResult result = run(Map.of(), doc("PASSPORT", "VERIFIED"), doc("PROOF_OF_ADDRESS", "VERIFIED"));

        assertThat(result.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(result.reasonCodes()).containsExactly("MISSING_DOCUMENT_BANK_STATEMENT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PENDING", "REJECTED", ""})
    void a_document_on_file_but_not_verified_only_warns_and_shows_its_status(String status) {
        CheckResult result = run(Map.of(), doc("ID_CARD", "VERIFIED"), doc("BANK_STATEMENT", "VERIFIED"),
                doc("PROOF_OF_ADDRESS", status));

        assertThat(result.outcome()).isEqualTo(CheckOutcome.WARN);
        assertThat(result.reasonCodes()).containsExactly("UNVERIFIED_DOCUMENT_PROOF_OF_ADDRESS");
        assertThat(result.explanation()).contains("status: " + (status.isEmpty() ? "-" : status));
    }

    @Test
    void missing_and_unverified_documents_are_all_reported_and_the_missing_one_decides_the_outcome() {
        CheckResult result = run(Map.of(), doc("ID_CARD", "PENDING"));

        assertThat(result.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(result.reasonCodes()).containsExactly("UNVERIFIED_DOCUMENT_ID_CARD_OR_PASSPORT",
                "MISSING_DOCUMENT_BANK_STATEMENT", "MISSING_DOCUMENT_PROOF_OF_ADDRESS");
    }

    @Test
    void one_verified_copy_among_several_of_a_type_is_enough() {
        CheckResult result = run(Map.of("requiredDocuments", "BANK_STATEMENT"),
                doc("BANK_STATEMENT", "REJECTED"), doc("BANK_STATEMENT", "VERIFIED"));

        assertThat(result.outcome()).isEqualTo(CheckOutcome.PASS);
    }

    @Test
    void types_and_statuses_match_regardless_of_case_and_surrounding_spaces() {
        CheckResult result = run(Map.of("requiredDocuments", " bank_statement ， id_card"),
                doc("Bank_Statement ", "verified"), doc("ID_CARD", " Verified"));

        assertThat(result.outcome()).isEqualTo(CheckOutcome.PASS);
    }

    @Test
    void a_document_type_that_cannot_be_part_of_a_reason_code_is_rejected_as_a_setting_error() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> run(Map.of("requiredDocuments", "BANK_STATEMENT,PROOF OF ADDRESS")))
                .withMessageContaining("'PROOF OF ADDRESS'");
        assertThatIllegalArgumentException().isThrownBy(() -> DocumentChecklistCheck.parseRequiredDocuments("1099_FORM"));
    }

    @Test
    void the_default_checklist_is_an_identity_document_a_bank_statement_and_proof_of_address() {
        assertThat(DocumentChecklistCheck.parseRequiredDocuments(check.settings().get(0).defaultValue()))
                .containsExactly("ID_CARD|PASSPORT", "BANK_STATEMENT", "PROOF_OF_ADDRESS");
    }

    @Test
    void either_alternative_meets_a_requirement_and_a_missing_one_names_both() {
        Map<String, String> identity = Map.of("requiredDocuments", "id_card | passport");

        assertThat(run(identity, doc("PASSPORT", "VERIFIED")).outcome()).isEqualTo(CheckOutcome.PASS);
        assertThat(run(identity, doc("ID_CARD", "VERIFIED")).outcome()).isEqualTo(CheckOutcome.PASS);
        CheckResult missing = run(identity, doc("BANK_STATEMENT", "VERIFIED"));
        assertThat(missing.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(missing.reasonCodes()).containsExactly("MISSING_DOCUMENT_ID_CARD_OR_PASSPORT");
        assertThat(missing.explanation()).isEqualTo("Required document ID_CARD / PASSPORT is not on file.");
        assertThatIllegalArgumentException().isThrownBy(() -> DocumentChecklistCheck.parseRequiredDocuments("ID_CARD|"));
    }

    @Test
    void explanations_are_chinese_for_a_chinese_locale() {
        CheckResult result = check.run(context(check, Map.of("requiredDocuments", "BANK_STATEMENT"), Locale.SIMPLIFIED_CHINESE,
                TestSupport.TODAY, new InMemoryRecordStore()), customer().build());

        assertThat(result.explanation()).isEqualTo("缺少必备材料BANK_STATEMENT。");
    }
}
