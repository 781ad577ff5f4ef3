package com.crcloud.customer.domain;

import com.crcloud.tenant.support.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HexFormat;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Documents are recognised by their first bytes, never by name or claimed type. */
class DocumentFormatTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "none", value = {
            // A PDF header as every writer emits it, with the binary comment line that follows.
            "PDF 1.7, 255044462d312e370a25e2e3cfd30a, PDF",
            "PDF 2.0, 255044462d322e300a, PDF",
            // JPEG SOI followed by a JFIF APP0 segment, and by an Exif APP1 segment (phone cameras).
            "JPEG/JFIF, ffd8ffe000104a46494600010101, JPEG",
            "JPEG/Exif, ffd8ffe1001845786966, JPEG",
            // The PNG signature and the start of the IHDR chunk.
            "PNG, 89504e470d0a1a0a0000000d49484452, PNG",
            // A Windows program renamed invoice.pdf: MZ header and the DOS stub.
            "Windows executable, 4d5a90000300000004000000ffff0000, none",
            "ELF executable, 7f454c46020101000000, none",
            "ZIP (a .docx), 504b0304140006000800, none",
            "GIF, 474946383961, none",
            "plain text, 48656c6c6f, none",
            "PDF header not at the start, 0a255044462d312e37, none",
            "truncated PNG signature, 89504e47, none",
    })
    void the_format_comes_from_the_content(String description, String headerHex, DocumentFormat expected) {
        assertThat(DocumentFormat.sniff(HexFormat.of().parseHex(headerHex))).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void a_renamed_program_is_refused_and_called_a_program() {
        byte[] exe = HexFormat.of().parseHex("4d5a90000300000004000000ffff0000b800000000000000");

        Optional<FieldProblem> problem = CustomerRecordRules.file("invoice.pdf", exe, exe.length);

        assertThat(problem).hasValueSatisfying(found -> {
            assertThat(found.field()).isEqualTo("file");
            assertThat(found.messageKey()).isEqualTo("customer.document.error.executable");
            assertThat(found.arguments()).containsExactly("invoice.pdf");
        });
    }

    @Test
    void another_disguised_format_is_refused_as_not_pdf_jpeg_or_png() {
        byte[] docx = HexFormat.of().parseHex("504b030414000600080000002100");

        assertThat(CustomerRecordRules.file("statement.pdf", docx, docx.length).map(FieldProblem::messageKey))
                .contains("customer.document.error.format");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(CustomerRecordRules.file("empty.pdf", new byte[0], 0).map(FieldProblem::messageKey))
                .contains("customer.document.error.empty");
    }

    @Test
    void a_file_one_byte_over_ten_megabytes_is_refused_and_exactly_ten_is_accepted() {
        byte[] limit = pdfOfSize(CustomerRecordRules.MAX_DOCUMENT_BYTES);
        byte[] over = pdfOfSize(CustomerRecordRules.MAX_DOCUMENT_BYTES + 1);

        assertThat(CustomerRecordRules.file("scan.pdf", limit, limit.length)).isEmpty();
        assertThat(CustomerRecordRules.file("scan.pdf", over, over.length)).hasValueSatisfying(problem -> {
            assertThat(problem.messageKey()).isEqualTo("customer.document.error.tooLarge");
            assertThat(problem.arguments()).containsExactly("scan.pdf", 10);
        });
    }

    private static byte[] pdfOfSize(int size) {
        byte[] content = new byte[size];
        System.arraycopy("%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, content, 0, 9);
        return content;
    }
}
