package com.crcloud.support;

import com.crcloud.customer.domain.ChineseResidentId;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.NationalIdType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Customers complete enough to review, each with a valid resident ID no other test customer has. */
public final class TestCustomers {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 500));

    private TestCustomers() {
    }

    public static Customer reviewable(String name, String monthlyIncome) {
        int sequence = SEQUENCE.incrementAndGet();
        LocalDate born = LocalDate.of(1970, 1, 1).plusDays(sequence % 9000);
        String first17 = "110105" + born.toString().replace("-", "") + String.format("%03d", sequence % 1000);
        Customer customer = new Customer();
        customer.setFullName(name);
        customer.setDateOfBirth(born);
        customer.setNationalIdType(NationalIdType.CN_RESIDENT_ID);
        customer.setNationalIdNumber(first17 + ChineseResidentId.checkCharacter(first17));
        customer.setMonthlyIncome(new BigDecimal(monthlyIncome));
        customer.setMonthlyExpenses(new BigDecimal("1500.00"));
        customer.setCurrency("CNY");
        customer.setCountryCode("CN");
        customer.setCity("Beijing");
        customer.setEmail("test." + sequence + "@example.com");
        return customer;
    }
}
