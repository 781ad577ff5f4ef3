package com.crcloud.customer.domain;

import com.crcloud.plugin.api.RiskClass;
import com.crcloud.tenant.persistence.TenantOwnedEntity;
import com.crcloud.masking.Masks;
import com.crcloud.masking.Sensitive;
import com.crcloud.masking.SensitiveData;
import com.crcloud.privacy.domain.EncryptedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** An individual customer under review in one tenant. */
@Entity
@Table(name = "customer")
@Audited
@EntityListeners(CustomerBlindIndexes.class)
public class Customer extends TenantOwnedEntity {

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(name = "national_id_type", length = 20)
    private NationalIdType nationalIdType;

    @Sensitive(SensitiveData.NATIONAL_ID)
    @Convert(converter = EncryptedText.class)
    @Column(name = "national_id_number", length = 400)
    private String nationalIdNumber;

    @Sensitive(SensitiveData.PHONE)
    @Convert(converter = EncryptedText.class)
    @Column(length = 260)
    private String phone;

    @Convert(converter = EncryptedText.class)
    @Column(length = 1400)
    private String email;

    @Convert(converter = EncryptedText.class)
    @Column(name = "address_line", length = 1700)
    private String addressLine;

    /** Blind indexes of the encrypted values that are looked up by equality; kept by {@link CustomerBlindIndexes}. */
    @NotAudited
    @Column(name = "national_id_index", length = 64)
    private String nationalIdIndex;

    @NotAudited
    @Column(name = "email_index", length = 64)
    private String emailIndex;

    @NotAudited
    @Column(name = "phone_index", length = 64)
    private String phoneIndex;

    @Column(length = 100)
    private String city;

    @Column(length = 100)
    private String region;

    @Column(name = "postal_code", length = 20)
    private String postalCode;

    /** ISO 3166-1 alpha-2. */
    @Column(name = "country_code", length = 2)
    private String countryCode;

    @Column(name = "monthly_income", precision = 15, scale = 2)
    private BigDecimal monthlyIncome;

    @Column(name = "monthly_expenses", precision = 15, scale = 2)
    private BigDecimal monthlyExpenses;

    /** ISO 4217 currency of the monetary figures. */
    @Column(length = 3)
    private String currency;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Set by the last decided review: the risk class that counted, the tier, and when to review again. */
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_class", length = 10)
    private RiskClass riskClass;

    @Column(length = 40)
    private String tier;

    @Column(name = "next_review_date")
    private LocalDate nextReviewDate;

    /** On a masked copy: the check of the real resident ID number (without it), since a mask cannot be checked. */
    @Transient
    @NotAudited
    private ChineseResidentId.Validation maskedResidentIdCheck;

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public NationalIdType getNationalIdType() {
        return nationalIdType;
    }

    public void setNationalIdType(NationalIdType nationalIdType) {
        this.nationalIdType = nationalIdType;
    }

    public String getNationalIdNumber() {
        return nationalIdNumber;
    }

    public void setNationalIdNumber(String nationalIdNumber) {
        this.nationalIdNumber = nationalIdNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public void setAddressLine(String addressLine) {
        this.addressLine = addressLine;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public BigDecimal getMonthlyIncome() {
        return monthlyIncome;
    }

    public void setMonthlyIncome(BigDecimal monthlyIncome) {
        this.monthlyIncome = monthlyIncome;
    }

    public BigDecimal getMonthlyExpenses() {
        return monthlyExpenses;
    }

    public void setMonthlyExpenses(BigDecimal monthlyExpenses) {
        this.monthlyExpenses = monthlyExpenses;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public RiskClass getRiskClass() {
        return riskClass;
    }

    public String getTier() {
        return tier;
    }

    public LocalDate getNextReviewDate() {
        return nextReviewDate;
    }

    /** Records what a decided review concluded and when the customer is due again. */
    public void recordReview(RiskClass riskClass, String tier, LocalDate nextReviewDate) {
        this.riskClass = riskClass;
        this.tier = tier;
        this.nextReviewDate = nextReviewDate;
    }

    /** The blind index of the ID number (with its type): how duplicates and ID-number searches find it. */
    public String getNationalIdIndex() {
        return nationalIdIndex;
    }

    void setBlindIndexes(String nationalIdIndex, String emailIndex, String phoneIndex) {
        this.nationalIdIndex = nationalIdIndex;
        this.emailIndex = emailIndex;
        this.phoneIndex = phoneIndex;
    }

    /**
     * This customer as people see it: the ID number and phone masked ({@link Masks}), the resident ID check made on
     * the real number. A copy, never managed, so nothing masked is ever stored.
     */
    public Customer masked(LocalDate today) {
        Customer copy = Masks.shown(this);
        copy.maskedResidentIdCheck = residentIdCheck(today)
                .map(check -> new ChineseResidentId.Validation(check.valid(), check.problem(), null, null)).orElse(null);
        return copy;
    }

    /** The check digit and birth date check of a resident ID number; empty for other ID types or no number. */
    public Optional<ChineseResidentId.Validation> residentIdCheck(LocalDate today) {
        if (maskedResidentIdCheck != null) {
            return Optional.of(maskedResidentIdCheck);
        }
        if (nationalIdType != NationalIdType.CN_RESIDENT_ID || nationalIdNumber == null) {
            return Optional.empty();
        }
        return Optional.of(ChineseResidentId.validate(nationalIdNumber, today));
    }
}
