package com.crcloud.customer.ui;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.DocumentInfo;
import com.crcloud.customer.domain.DocumentType;
import com.crcloud.customer.domain.Loan;
import com.crcloud.customer.domain.LoanRepayment;
import com.crcloud.customer.domain.LoanStatus;
import com.crcloud.customer.domain.VerificationStatus;
import com.crcloud.customer.service.CustomerDocumentService;
import com.crcloud.customer.service.CustomerRecordService;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.support.KaribuTest;
import com.crcloud.support.TestCustomers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

class CustomerRecordViewTest extends KaribuTest {

    private static final int FINANCES = 0;
    private static final int CREDIT = 1;
    private static final int DOCUMENTS = 2;
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    CustomerService customers;
    @Autowired
    CustomerRecordService records;
    @Autowired
    CustomerDocumentService documents;

    @Test
    @SuppressWarnings("unchecked")
    void a_reviewer_adds_a_loan_is_told_what_is_wrong_without_losing_input_and_then_sees_it_in_the_credit_record() {
        signIn(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Borrows Money", "18000.00"), null);
        open(customer, CREDIT);

        _click(_get(Button.class, spec -> spec.withId("add-loans")));
        _setValue(_get(TextField.class, spec -> spec.withId("loan-lender")), "招商银行");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("loan-originalAmount")), new BigDecimal("60000.00"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("loan-outstandingBalance")), new BigDecimal("65000.00"));
        _setValue(_get(DatePicker.class, spec -> spec.withId("loan-openedOn")), LocalDate.now().minusYears(1));
        _click(_get(Button.class, spec -> spec.withId("save-entry")));

        BigDecimalField balance = _get(BigDecimalField.class, spec -> spec.withId("loan-outstandingBalance"));
        _expectInvalid(balance, "The balance cannot exceed the amount lent (60000.00) unless the loan is overdue or defaulted");
        assertThat(_get(TextField.class, spec -> spec.withId("loan-lender")).getValue()).isEqualTo("招商银行");
        assertThat(records.recordOf(customer.getId()).loans()).isEmpty();

        _setValue(balance, new BigDecimal("41000.00"));
        _setValue(_get(TextField.class, spec -> spec.withId("entry-reason")), "bureau report");
        _click(_get(Button.class, spec -> spec.withId("save-entry")));

        _assertNone(Button.class, spec -> spec.withId("save-entry"));
        Grid<Loan> loans = _get(Grid.class, spec -> spec.withId("loans-grid"));
        assertThat(_getFormattedRow(loans, 0)).contains("招商银行", "60,000.00 CNY", "41,000.00 CNY", "Current");
        assertThat(records.recordOf(customer.getId()).loans()).singleElement()
                .satisfies(loan -> assertThat(loan.getStatus()).isEqualTo(LoanStatus.CURRENT));

        _get(Details.class, spec -> spec.withId("credit-history")).setOpened(true);
        Grid<?> history = _get(Grid.class, spec -> spec.withId("credit-history-grid"));
        assertThat(_getFormattedRow(history, 0)).contains("reviewer", "Loan: 招商银行 60,000.00 CNY", "Created", "bureau report");
    }

    @Test
    @SuppressWarnings("unchecked")
    void repayments_are_recorded_on_the_chosen_loan_and_their_lateness_is_computed() {
        signIn(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Pays Late", "18000.00"), null);
        Loan loan = new Loan();
        loan.setLender("WeBank");
        loan.setOriginalAmount(new BigDecimal("12000.00"));
        loan.setOutstandingBalance(new BigDecimal("9000.00"));
        loan.setStatus(LoanStatus.CURRENT);
        records.save(customer.getId(), loan, null);
        open(customer, CREDIT);
        assertThat(_get(Button.class, spec -> spec.withId("add-repayments")).isEnabled()).as("no loan chosen yet").isFalse();

        Grid<Loan> loans = _get(Grid.class, spec -> spec.withId("loans-grid"));
        loans.select(_findAll(loans).get(0));
        _click(_get(Button.class, spec -> spec.withId("add-repayments")));
        LocalDate due = LocalDate.now().minusDays(40);
        _setValue(_get(DatePicker.class, spec -> spec.withId("repayment-dueDate")), due);
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("repayment-amountDue")), new BigDecimal("1000.00"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("repayment-amountPaid")), new BigDecimal("1000.00"));
        _setValue(_get(DatePicker.class, spec -> spec.withId("repayment-paidOn")), due.plusDays(12));
        _click(_get(Button.class, spec -> spec.withId("save-entry")));

        Grid<LoanRepayment> repayments = _get(Grid.class, spec -> spec.withId("repayments-grid"));
        assertThat(_findAll(repayments)).hasSize(1);
        assertThat(_getFormattedRow(repayments, 0)).contains("Paid 12 days late");
        assertThat(_get(Paragraph.class, spec -> spec.withId("repayments-of")).getText()).contains("WeBank");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_reviewer_uploads_a_passport_and_verifies_it_with_a_note() {
        signIn(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Shows Passport", "18000.00"), null);
        open(customer, DOCUMENTS);

        _setValue(_get(Select.class, spec -> spec.withId("document-type")), DocumentType.PASSPORT);
        _upload(_get(Upload.class, spec -> spec.withId("document-upload")), "passport.pdf", "application/pdf", PDF);

        assertThat(_get(Paragraph.class, spec -> spec.withId("document-upload-result")).getText())
                .isEqualTo("passport.pdf is on file as Passport, waiting for verification.");
        Grid<DocumentInfo> grid = _get(Grid.class, spec -> spec.withId("documents-grid"));
        assertThat(_findAll(grid)).singleElement().satisfies(info -> assertThat(info.verificationStatus()).isEqualTo(VerificationStatus.PENDING));
        // The download itself (bytes and log line) is the service's: see CustomerDocumentServiceTest.
        assertThat(_getCellComponent(grid, 0, "download")).isInstanceOfSatisfying(Anchor.class,
                link -> assertThat(link.getText()).isEqualTo("Download"));

        grid.select(_findAll(grid).get(0));
        _click(_get(Button.class, spec -> spec.withId("verify-document")));
        _setValue(_get(TextArea.class, spec -> spec.withId("verification-note")), "Photo page matches the applicant");
        _click(_get(Button.class, spec -> spec.withId("confirm-decision")));

        assertThat(_getFormattedRow(grid, 0)).contains("Photo page matches the applicant")
                .anyMatch(cell -> cell.startsWith("Verified · reviewer · "));
        assertThat(documents.documentsOf(customer.getId())).singleElement().satisfies(info -> {
            assertThat(info.verificationStatus()).isEqualTo(VerificationStatus.VERIFIED);
            assertThat(info.verifiedBy()).isEqualTo("reviewer");
            assertThat(info.verifiedAt()).isNotNull();
        });
    }

    @Test
    void a_program_disguised_as_a_pdf_is_refused_with_a_clear_message_and_not_stored() {
        signIn(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Sends Malware", "18000.00"), null);
        open(customer, DOCUMENTS);

        _setValue(_get(Select.class, spec -> spec.withId("document-type")), DocumentType.BANK_STATEMENT);
        _upload(_get(Upload.class, spec -> spec.withId("document-upload")), "statement.pdf", "application/pdf",
                HexFormat.of().parseHex("4d5a90000300000004000000ffff0000b800000000000000"));

        assertThat(_get(Paragraph.class, spec -> spec.withId("document-upload-result")).getText())
                .isEqualTo("statement.pdf is a program, not a document, whatever its name says: only PDF, JPEG and PNG files are accepted.");
        assertThat(documents.documentsOf(customer.getId())).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_auditor_sees_finances_credit_record_and_documents_read_only_and_cannot_download() {
        signIn(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Audited Customer", "18000.00"), null);
        Loan loan = new Loan();
        loan.setLender("ICBC");
        loan.setOriginalAmount(new BigDecimal("30000.00"));
        loan.setOutstandingBalance(new BigDecimal("10000.00"));
        loan.setStatus(LoanStatus.CURRENT);
        records.save(customer.getId(), loan, null);
        documents.upload(customer.getId(), DocumentType.ID_CARD, "id.pdf", PDF, null);

        signIn(LENDER, "auditor");
        open(customer, FINANCES);
        assertThat(_get(Select.class, spec -> spec.withId("profile-incomeSource")).isReadOnly()).isTrue();
        _assertNone(Button.class, spec -> spec.withId("save-profile"));
        _assertNone(Button.class, spec -> spec.withId("add-assets"));

        select(CREDIT);
        Grid<Loan> loans = _get(Grid.class, spec -> spec.withId("loans-grid"));
        assertThat(_findAll(loans)).extracting(Loan::getLender).containsExactly("ICBC");
        _assertNone(Button.class, spec -> spec.withId("add-loans"));
        _assertNone(Button.class, spec -> spec.withId("remove-loans"));
        loans.select(_findAll(loans).get(0));
        _click(_get(Button.class, spec -> spec.withId("edit-loans")));
        assertThat(_get(TextField.class, spec -> spec.withId("loan-lender")).isReadOnly()).isTrue();
        _assertNone(Button.class, spec -> spec.withId("save-entry"));
        _click(_get(Button.class, spec -> spec.withId("cancel-entry")));

        select(DOCUMENTS);
        Grid<DocumentInfo> grid = _get(Grid.class, spec -> spec.withId("documents-grid"));
        assertThat(_findAll(grid)).extracting(DocumentInfo::fileName).containsExactly("id.pdf");
        _assertNone(Upload.class, spec -> spec.withId("document-upload"));
        _assertNone(Button.class, spec -> spec.withId("verify-document"));
        assertThat(grid.getColumnByKey("download")).as("no download column for auditors").isNull();
    }

    private static void open(Customer customer, int tab) {
        UI.getCurrent().navigate(CustomerDetailView.class, CustomerDetailView.parameters(customer.getId()));
        select(tab);
    }

    private static void select(int tab) {
        _get(TabSheet.class, spec -> spec.withId("record-tabs")).setSelectedIndex(tab);
    }
}
