package com.crcloud.privacy.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataCipherTest {

    private static final SecretKeySpec KEY_1 = key(1);
    private static final SecretKeySpec KEY_2 = key(2);
    private static final SecretKeySpec INDEX = key(9);

    private final PersonalDataCipher underKey1 = new PersonalDataCipher(new PersonalDataKeys(Map.of(1, KEY_1), 1, INDEX));
    private final PersonalDataCipher rotated = new PersonalDataCipher(new PersonalDataKeys(Map.of(1, KEY_1, 2, KEY_2), 2, INDEX));

    @Test
    void text_is_stored_with_its_key_version_and_reads_back_in_clear() {
        String stored = underKey1.encrypt("110101199003078515");

        assertThat(stored).startsWith("k1:").doesNotContain("110101199003078515");
        assertThat(underKey1.decrypt(stored)).isEqualTo("110101199003078515");
        assertThat(underKey1.encrypt("110101199003078515")).as("a fresh nonce each time").isNotEqualTo(stored);
    }

    @Test
    void chinese_text_and_binary_content_round_trip() {
        assertThat(underKey1.decrypt(underKey1.encrypt("北京市朝阳区建国路 88 号"))).isEqualTo("北京市朝阳区建国路 88 号");
        byte[] pdf = "%PDF-1.7 letter".getBytes(StandardCharsets.US_ASCII);
        byte[] stored = underKey1.encrypt(pdf);
        assertThat(new String(stored, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("CRCE");
        assertThat(underKey1.decrypt(stored)).isEqualTo(pdf);
    }

    @Test
    void a_changed_byte_fails_the_integrity_check_instead_of_reading_wrong_data() {
        String stored = underKey1.encrypt("alice@example.com");
        char[] chars = stored.toCharArray();
        int last = chars.length - 3;
        chars[last] = chars[last] == 'A' ? 'B' : 'A';

        assertThatThrownBy(() -> underKey1.decrypt(new String(chars)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("integrity check");
    }

    @Test
    void after_rotation_old_values_still_decrypt_and_new_ones_use_the_new_key() {
        String old = underKey1.encrypt("+86 138 0013 8000");

        assertThat(rotated.decrypt(old)).isEqualTo("+86 138 0013 8000");
        assertThat(rotated.underActiveKey(old)).isFalse();
        assertThat(rotated.encrypt("x")).startsWith("k2:");
        assertThat(rotated.underActiveKey(rotated.encrypt("x"))).isTrue();
    }

    @Test
    void a_value_under_a_key_the_file_no_longer_holds_names_that_version() {
        String underKey2 = rotated.encrypt("secret");

        assertThatThrownBy(() -> underKey1.decrypt(underKey2))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("key version 2");
    }

    @Test
    void plaintext_from_before_encryption_reads_as_it_is_and_counts_as_not_yet_encrypted() {
        assertThat(underKey1.decrypt("alice@example.com")).isEqualTo("alice@example.com");
        assertThat(underKey1.underActiveKey("alice@example.com")).isFalse();
        byte[] legacyPdf = "%PDF-1.4".getBytes(StandardCharsets.US_ASCII);
        assertThat(underKey1.decrypt(legacyPdf)).isEqualTo(legacyPdf);
        assertThat(underKey1.underActiveKey(legacyPdf)).isFalse();
    }

    @Test
    void blind_indexes_are_stable_per_value_and_kind_and_independent_of_the_encryption_key() {
        String index = underKey1.blindIndex("email", "alice@example.com");

        assertThat(index).hasSize(64).isEqualTo(rotated.blindIndex("email", "alice@example.com"));
        assertThat(underKey1.blindIndex("phone", "alice@example.com")).isNotEqualTo(index);
        assertThat(BlindIndexes.phone(underKey1, "+86 138-0013-8000")).isEqualTo(BlindIndexes.phone(underKey1, "+8613800138000"));
        assertThat(BlindIndexes.email(underKey1, " Alice@Example.COM ")).isEqualTo(index);
    }

    @Test
    void a_missing_key_file_is_generated_once_and_then_reused(@TempDir Path folder) {
        Path file = folder.resolve("keys/personal-data.keys");

        PersonalDataKeys first = PersonalDataKeys.load(file, true);
        PersonalDataKeys again = PersonalDataKeys.load(file, true);

        assertThat(first.activeVersion()).isEqualTo(1);
        assertThat(again.active().getEncoded()).isEqualTo(first.active().getEncoded());
        assertThatThrownBy(() -> PersonalDataKeys.load(folder.resolve("absent.keys"), false))
                .hasMessageContaining("No personal data key file").hasMessageContaining("crc.encryption.key-file");
    }

    @Test
    void a_broken_key_file_is_refused_with_what_is_wrong(@TempDir Path folder) throws Exception {
        String good = Base64.getEncoder().encodeToString(KEY_1.getEncoded());
        assertThat(refusal(folder, "active=2\nkey.1=" + good + "\nindex=" + good)).contains("active=2 names no key");
        assertThat(refusal(folder, "active=1\nkey.1=AAAA\nindex=" + good)).contains("'key.1' must be 32 bytes");
        assertThat(refusal(folder, "active=1\nkey.1=not base64!\nindex=" + good)).contains("'key.1' is not Base64");
        assertThat(refusal(folder, "key.1=" + good + "\nindex=" + good)).contains("'active' must name");
        assertThat(refusal(folder, "active=1\nkey.1=" + good)).contains("'index'");
    }

    private static String refusal(Path folder, String content) throws Exception {
        Path file = Files.writeString(Files.createTempFile(folder, "keys", ".keys"), content);
        try {
            PersonalDataKeys.load(file, false);
            throw new AssertionError("accepted: " + content);
        } catch (IllegalStateException expected) {
            return expected.getMessage();
        }
    }

    private static SecretKeySpec key(int seed) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) seed);
        return new SecretKeySpec(bytes, "AES");
    }
}
