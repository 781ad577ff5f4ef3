package com.crcloud.plugins.kyc;

import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.CheckResult;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.RecordStore;
import com.crcloud.plugin.testkit.InMemoryRecordStore;
import com.crcloud.plugins.kyc.IdentitySource.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.crcloud.plugins.kyc.TestSupport.TODAY;
import static com.crcloud.plugins.kyc.TestSupport.context;
import static com.crcloud.plugins.kyc.TestSupport.customer;
import static org.assertj.core.api.Assertions.assertThat;

class IdentitySourceCheckTest {

    private final InMemoryRecordStore records = new InMemoryRecordStore();
    private final RecordStore store = records.forTenant(TestSupport.TENANT);
    private final IdentitySourceCheck check = new IdentitySourceCheck();

    private CheckResult run(Map<String, String> settings, CustomerSnapshot customer) {
        return check.run(context(check, settings, Locale.ENGLISH, TODAY, records), customer);
    }

    @ParameterizedTest(name = "{0}/{1}, notFoundFails={2}: {3} {4}")
    @CsvSource({
            "王芳,       11010519491231002X, false, PASS, ''",
            "'王　芳 ',  11010519491231002x, false, PASS, ''",
            "李雷,       11010519491231002X, false, FAIL, IDENTITY_NAME_MISMATCH",
            "王芳,       110105194912310038, false, WARN, IDENTITY_NOT_FOUND",
            "王芳,       110105194912310038, true,  FAIL, IDENTITY_NOT_FOUND",
            "李雷,       11010519491231002X, true,  FAIL, IDENTITY_NAME_MISMATCH",
    })
    void the_uploaded_reference_list_decides_the_outcome(String name, String idNumber, boolean notFoundFails,
                                                        CheckOutcome outcome, String reasonCode) {
        ReferenceFileIdentitySource.importInto(store, "id_number,name\n11010519491231002X,王芳\nE12345678,Li Lei\n");

        CheckResult result = run(Map.of("notFoundFails", Boolean.toString(notFoundFails)),
                CustomerSnapshot.builder().customerId("c1").fullName(name).nationalId("CN_RESIDENT_ID", idNumber).build());

        assertThat(result.outcome()).isEqualTo(outcome);
        if (reasonCode.isEmpty()) {
            assertThat(result.reasonCodes()).isEmpty();
        } else {
            assertThat(result.reasonCodes()).containsExactly(reasonCode);
        }
    }

    @Test
    void without_an_uploaded_reference_list_the_check_cannot_conclude() {
        CheckResult result = run(Map.of(), customer().nationalId("CN_RESIDENT_ID", "11010519491231002X").build());

        assertThat(result.outcome()).isEqualTo(CheckOutcome.ERROR);
        assertThat(result.reasonCodes()).containsExactly("IDENTITY_SOURCE_UNAVAILABLE");
    }

    @Test
    void without_an_id_number_the_check_cannot_conclude() {
        ReferenceFileIdentitySource.importInto(store, "11010519491231002X,王芳");

        CheckResult result = run(Map.of(), customer().nationalId("CN_RESIDENT_ID", " ").build());

        assertThat(result.outcome()).isEqualTo(CheckOutcome.ERROR);
        assertThat(result.reasonCodes()).containsExactly("IDENTITY_ID_MISSING");
    }

    @Test
    void another_source_can_be_plugged_in_and_receives_the_recorded_name_and_number() {
        List<String> asked = new ArrayList<>();
        IdentitySourceCheck withStub = new IdentitySourceCheck(context -> (name, idNumber) -> {
            asked.add(context.tenantId() + ":" + name + ":" + idNumber);
            return Result.NAME_MISMATCH;
        });

        CheckResult result = withStub.run(context(withStub, Map.of(), Locale.SIMPLIFIED_CHINESE, TODAY, records),
                customer().nationalId("PASSPORT", "E12345678").build());

        assertThat(asked).containsExactly("acme:王芳:E12345678");
        assertThat(result.reasonCodes()).containsExactly("IDENTITY_NAME_MISMATCH");
        assertThat(result.explanation()).isEqualTo("该证件号码登记的姓名与客户姓名不一致。");
    }
}
