package com.crcloud.pluginhost.service;

import com.crcloud.tenant.support.UserFacingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Detached signatures of plugin jars, checked against trusted keys generated here for each test. */
class PluginSignaturesTest {

    private static final byte[] JAR = "a plugin jar's bytes".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path keysDir;
    @TempDir
    Path workDir;
    private KeyPair vendor;
    private KeyPair stranger;

    @BeforeEach
    void keys() throws GeneralSecurityException, IOException {
        vendor = rsa();
        stranger = rsa();
        trust("acme-vendor", vendor);
    }

    @Test
    void a_jar_signed_with_a_trusted_rsa_key_is_accepted_and_the_key_named() throws GeneralSecurityException {
        assertThat(signatures(true).verify("a.jar", JAR, sign("SHA256withRSA", vendor.getPrivate(), JAR))).contains("acme-vendor");
    }

    @Test
    void a_jar_signed_with_a_trusted_ec_key_is_accepted() throws GeneralSecurityException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair ec = generator.generateKeyPair();
        trust("ec-vendor", ec);

        assertThat(signatures(true).verify("a.jar", JAR, sign("SHA256withECDSA", ec.getPrivate(), JAR))).contains("ec-vendor");
    }

    @Test
    void an_unsigned_jar_is_refused_where_signatures_are_required_and_accepted_where_they_are_optional() {
        assertRefused(() -> signatures(true).verify("a.jar", JAR, null), "plugins.error.unsigned", "a.jar");
        assertThat(signatures(false).verify("a.jar", JAR, null)).isEmpty();
    }

    @Test
    void a_signature_by_a_key_nobody_trusted_is_refused_naming_the_trusted_keys() throws GeneralSecurityException {
        byte[] foreign = sign("SHA256withRSA", stranger.getPrivate(), JAR);

        assertRefused(() -> signatures(false).verify("a.jar", JAR, foreign), "plugins.error.unknownKey", "a.jar", "acme-vendor");
    }

    @Test
    void a_jar_changed_after_signing_is_refused_as_a_bad_signature_of_the_trusted_key() throws GeneralSecurityException {
        byte[] signature = sign("SHA256withRSA", vendor.getPrivate(), JAR);
        byte[] changed = "a plugin jar's bytes, patched".getBytes(StandardCharsets.UTF_8);

        assertRefused(() -> signatures(true).verify("a.jar", changed, signature), "plugins.error.badSignature", "a.jar", "acme-vendor");
    }

    @Test
    void the_openssl_command_of_the_vendor_guide_makes_a_signature_the_platform_accepts() throws Exception {
        Path key = workDir.resolve("key.pem");
        Path jar = workDir.resolve("plugin.jar");
        Path sig = workDir.resolve("plugin.jar.sig");
        Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(vendor.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        Files.write(jar, JAR);
        Process openssl = new ProcessBuilder("openssl", "dgst", "-sha256", "-sign", key.toString(), "-out", sig.toString(),
                jar.toString()).redirectErrorStream(true).start();
        assertThat(openssl.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(openssl.exitValue()).as(new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();

        assertThat(signatures(true).verify("plugin.jar", JAR, Files.readAllBytes(sig))).contains("acme-vendor");
    }

    @Test
    void the_trusted_keys_are_listed_with_their_fingerprints_and_a_file_that_is_no_public_key_is_reported() throws IOException {
        assertThat(signatures(true).trustedKeys()).singleElement().satisfies(key -> {
            assertThat(key.name()).isEqualTo("acme-vendor");
            assertThat(key.fingerprint()).hasSize(64);
        });

        Files.writeString(keysDir.resolve("broken.pem"), "not a key");
        assertThatThrownBy(() -> signatures(true).trustedKeys()).hasMessageContaining("broken").hasMessageContaining("PEM public key");
    }

    @Test
    void an_administrator_trusts_a_key_from_its_pem_text_and_removes_it_again() throws GeneralSecurityException {
        KeyPair newVendor = rsa();
        PluginSignatures signatures = signatures(true);

        PluginSignatures.TrustedKey added = signatures.addTrustedKey("globex-2026", pem(newVendor));

        assertThat(added.fingerprint()).hasSize(64);
        assertThat(signatures.verify("a.jar", JAR, sign("SHA256withRSA", newVendor.getPrivate(), JAR))).contains("globex-2026");
        signatures.removeTrustedKey("globex-2026");
        assertThat(signatures.trustedKeys()).extracting(PluginSignatures.TrustedKey::name).containsExactly("acme-vendor");
        assertRefused(() -> signatures.removeTrustedKey("globex-2026"), "plugins.error.unknownTrustedKey", "globex-2026");
    }

    @Test
    void a_key_with_a_bad_name_or_no_public_key_or_a_taken_name_is_refused_and_nothing_is_written() {
        PluginSignatures signatures = signatures(true);

        assertRefused(() -> signatures.addTrustedKey("../evil", pem(stranger)), "plugins.error.keyName", "../evil");
        assertRefused(() -> signatures.addTrustedKey("private", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"),
                "plugins.error.notAPublicKey", "private");
        assertRefused(() -> signatures.addTrustedKey("acme-vendor", pem(stranger)), "plugins.error.keyExists", "acme-vendor");
        assertThat(signatures.trustedKeys()).extracting(PluginSignatures.TrustedKey::name).containsExactly("acme-vendor");
        assertRefused(() -> new PluginSignatures(new PluginSignatureProperties(false, null)).addTrustedKey("k", pem(stranger)),
                "plugins.error.noKeysDir");
    }

    private static String pem(KeyPair pair) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    private PluginSignatures signatures(boolean required) {
        return new PluginSignatures(new PluginSignatureProperties(required, keysDir));
    }

    private void trust(String name, KeyPair pair) throws IOException {
        Files.writeString(keysDir.resolve(name + ".pem"), pem(pair));
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static byte[] sign(String algorithm, PrivateKey key, byte[] data) throws GeneralSecurityException {
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(key);
        signer.update(data);
        return signer.sign();
    }

    private static void assertRefused(Runnable call, String messageKey, Object... arguments) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(messageKey);
            assertThat(List.of(e.arguments())).containsExactly(arguments);
        });
    }
}
