package com.crcloud.demo;

import com.crcloud.consent.domain.ConsentChannel;
import com.crcloud.consent.domain.ConsentPurpose;
import com.crcloud.consent.domain.ConsentRecord;
import com.crcloud.consent.domain.ConsentRecordRepository;
import com.crcloud.consent.domain.ConsentStatus;
import com.crcloud.consent.service.ConsentService;
import com.crcloud.customer.domain.Customer;
import com.crcloud.tenant.audit.AuditReason;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A demo tenant's consent purposes, credit assessment required for a review (unless
 * {@code crc.demo.consent-required=false}), and the consents its customers gave when they were onboarded: every
 * one to credit assessment, so reviews can be opened, and a mix of marketing and bureau sharing, some withdrawn
 * later. Stored like a legacy import, one revision.
 */
@Component
class DemoConsents {

    private final ConsentService consents;
    private final ConsentRecordRepository records;
    private final TransactionTemplate transaction;
    private final boolean creditAssessmentRequired;
    private final Clock clock;

    DemoConsents(ConsentService consents, ConsentRecordRepository records, PlatformTransactionManager transactionManager,
                 @Value("${crc.demo.consent-required:true}") boolean creditAssessmentRequired, Clock clock) {
        this.consents = consents;
        this.records = records;
        this.transaction = new TransactionTemplate(transactionManager);
        this.creditAssessmentRequired = creditAssessmentRequired;
        this.clock = clock;
    }

    void create(Locale locale, long seed, List<Customer> customers, String actor) {
        boolean chinese = Locale.SIMPLIFIED_CHINESE.getLanguage().equals(locale.getLanguage());
        ConsentPurpose credit = consents.savePurpose(new ConsentPurpose("CREDIT_ASSESSMENT", chinese ? "信用评估" : "Credit assessment",
                chinese ? "为审查和授信处理个人及财务数据" : "Processing personal and financial data to review the customer and decide credit",
                creditAssessmentRequired), "demo set-up");
        ConsentPurpose marketing = consents.savePurpose(new ConsentPurpose("MARKETING", chinese ? "营销" : "Marketing",
                chinese ? "通过电话和电子邮件发送产品信息" : "Product offers by phone and email", false), "demo set-up");
        ConsentPurpose bureau = consents.savePurpose(new ConsentPurpose("BUREAU_SHARING", chinese ? "与征信机构共享数据" : "Data sharing with the credit bureau",
                chinese ? "向征信机构报送和查询信用数据" : "Reporting to and querying the credit bureau", false), "demo set-up");
        Random random = new Random(seed);
        ConsentChannel[] channels = ConsentChannel.values();
        List<ConsentRecord> given = new ArrayList<>();
        for (Customer customer : customers) {
            ConsentChannel channel = channels[random.nextInt(channels.length)];
            given.add(new ConsentRecord(customer.getId(), credit.getId(), ConsentStatus.GIVEN, customer.getCreatedAt(), channel, actor,
                    customer.getCreatedAt(), null));
            if (random.nextInt(10) < 6) {
                given.add(new ConsentRecord(customer.getId(), marketing.getId(), ConsentStatus.GIVEN, customer.getCreatedAt(), channel, actor,
                        customer.getCreatedAt(), null));
                if (random.nextInt(10) < 2 && customer.getCreatedAt().plus(Duration.ofDays(30)).isBefore(clock.instant())) {
                    given.add(new ConsentRecord(customer.getId(), marketing.getId(), ConsentStatus.WITHDRAWN,
                            customer.getCreatedAt().plus(Duration.ofDays(30)), ConsentChannel.PHONE, actor,
                            customer.getCreatedAt().plus(Duration.ofDays(30)), null));
                }
            }
            if (random.nextInt(10) < 8) {
                given.add(new ConsentRecord(customer.getId(), bureau.getId(), ConsentStatus.GIVEN, customer.getCreatedAt(), channel, actor,
                        customer.getCreatedAt(), null));
            }
        }
        AuditReason.with("demo set-up: consents given at onboarding", () -> transaction.execute(status -> records.saveAll(given)));
    }
}
