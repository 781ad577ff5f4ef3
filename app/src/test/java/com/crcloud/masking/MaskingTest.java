package com.crcloud.masking;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.NationalIdType;
import com.crcloud.customer.service.CustomerDocumentService;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.tenant.user.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.annotation.Secured;
import org.springframework.util.ReflectionUtils;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

    @Test
    void a_resident_id_keeps_its_first_three_and_last_four_characters() {
        assertThat(Masks.mask(SensitiveData.NATIONAL_ID, "110101199003071234")).isEqualTo("110***********1234");
        assertThat(Masks.mask(SensitiveData.NATIONAL_ID, "11010119900307123X")).isEqualTo("110***********123X");
    }

    @Test
    void a_short_id_number_keeps_only_its_last_two_characters_so_at_least_half_is_hidden() {
        assertThat(Masks.mask(SensitiveData.NATIONAL_ID, "E12345678")).isEqualTo("*******78");
        assertThat(Masks.mask(SensitiveData.NATIONAL_ID, "AB")).isEqualTo("**");
    }

    @Test
    void a_phone_number_keeps_its_first_three_and_last_four_digits_and_its_punctuation() {
        assertThat(Masks.mask(SensitiveData.PHONE, "13812345678")).isEqualTo("138****5678");
        assertThat(Masks.mask(SensitiveData.PHONE, "+86 138-1234-5678")).isEqualTo("+86 1**-****-5678");
        assertThat(Masks.mask(SensitiveData.PHONE, "12345")).isEqualTo("***45");
    }

    @Test
    void nothing_stays_nothing() {
        assertThat(Masks.mask(SensitiveData.PHONE, null)).isNull();
        assertThat(Masks.mask(SensitiveData.NATIONAL_ID, null)).isNull();
    }

    @Test
    void reviewers_and_compliance_officers_may_reveal_approvers_auditors_and_tenant_admins_may_not() {
        assertThat(MaskingPolicy.mayReveal(Set.of(Role.REVIEWER))).isTrue();
        assertThat(MaskingPolicy.mayReveal(Set.of(Role.COMPLIANCE_OFFICER))).isTrue();
        assertThat(MaskingPolicy.mayReveal(Set.of(Role.APPROVER))).isFalse();
        assertThat(MaskingPolicy.mayReveal(Set.of(Role.AUDITOR))).isFalse();
        assertThat(MaskingPolicy.mayReveal(Set.of(Role.TENANT_ADMIN))).isFalse();
        assertThat(MaskingPolicy.mayReveal(Set.of(Role.PLATFORM_ADMIN))).isFalse();
        assertThat(MaskingPolicy.mayReveal(EnumSet.of(Role.APPROVER, Role.REVIEWER))).isTrue();
    }

    @Test
    void the_service_methods_that_return_plain_sensitive_data_admit_exactly_the_roles_of_the_policy() {
        Set<String> policy = MaskingPolicy.REVEALING_ROLES.stream().map(role -> "ROLE_" + role.name()).collect(Collectors.toSet());
        for (Method method : Arrays.stream(CustomerService.class.getMethods()).filter(m -> m.getName().equals("reveal")).toList()) {
            assertThat(Set.of(method.getAnnotation(Secured.class).value())).as(method.toString()).isEqualTo(policy);
        }
        Method download = ReflectionUtils.findMethod(CustomerDocumentService.class, "download", UUID.class, UUID.class);
        assertThat(Set.of(download.getAnnotation(Secured.class).value())).isEqualTo(policy);
    }

    @Test
    void a_customer_shown_is_a_masked_copy_and_the_customer_itself_is_untouched() {
        Customer customer = new Customer();
        customer.setFullName("Wang Xiaoming");
        customer.setNationalIdType(NationalIdType.CN_RESIDENT_ID);
        customer.setNationalIdNumber("11010519491231002X");
        customer.setPhone("13812345678");
        customer.setEmail("wang@example.com");

        Customer shown = customer.masked(LocalDate.of(2026, 12, 1));

        assertThat(shown).isNotSameAs(customer);
        assertThat(shown.getNationalIdNumber()).isEqualTo("110***********002X");
        assertThat(shown.getPhone()).isEqualTo("138****5678");
        assertThat(shown.getFullName()).isEqualTo("Wang Xiaoming");
        assertThat(shown.getEmail()).isEqualTo("wang@example.com");
        assertThat(customer.getNationalIdNumber()).isEqualTo("11010519491231002X");
        assertThat(customer.getPhone()).isEqualTo("13812345678");
    }

    @Test
    void the_resident_id_check_of_a_masked_copy_is_the_check_of_the_real_number_without_the_number() {
        Customer customer = new Customer();
        customer.setNationalIdType(NationalIdType.CN_RESIDENT_ID);
        customer.setNationalIdNumber("110105194912310021"); // wrong check digit
        LocalDate today = LocalDate.of(2026, 12, 1);

        Customer shown = customer.masked(today);

        assertThat(shown.residentIdCheck(today)).hasValueSatisfying(check -> {
            assertThat(check.valid()).isFalse();
            assertThat(check.normalised()).isNull();
        });
        assertThat(customer.residentIdCheck(today).orElseThrow().valid()).isFalse();
    }
}
