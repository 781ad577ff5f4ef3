package com.crcloud.pluginhost.service;

import com.crcloud.tenant.support.UserFacingException;
import org.springframework.stereotype.Service;

import javax.crypto.Cipher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the detached signature of an uploaded plugin jar against the platform's trusted public keys. A vendor
 * signs with {@code openssl dgst -sha256 -sign key.pem -out plugin.jar.sig plugin.jar}: SHA-256 with RSA
 * (PKCS#1 v1.5) or ECDSA, the formats that command writes. Keys are read from the configured directory on every
 * check, so adding or removing a key file takes effect without a restart.
 */
@Service
public class PluginSignatures {

    /** A public key the platform trusts for plugin signatures. */
    public record TrustedKey(String name, String fingerprint, PublicKey key) {
    }

    /** Key names become file names: keep them plain. */
    private static final Pattern KEY_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,59}");

    private final PluginSignatureProperties properties;

    public PluginSignatures(PluginSignatureProperties properties) {
        this.properties = properties;
    }

    public boolean required() {
        return properties.required();
    }

    /** The trusted keys, by file name; a file that is not a PEM public key is refused loudly rather than skipped. */
    public List<TrustedKey> trustedKeys() {
        Path dir = properties.trustedKeysDir();
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<TrustedKey> keys = new ArrayList<>();
            for (Path file : files.filter(path -> path.getFileName().toString().endsWith(".pem")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.pem$", "");
                keys.add(parse(name, Files.readString(file, StandardCharsets.US_ASCII)));
            }
            return List.copyOf(keys);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read trusted plugin keys from " + dir, e);
        }
    }

    /**
     * Trusts a vendor's public key from now on: writes it as {@code <name>.pem} into the trusted keys directory.
     *
     * @return the stored key
     * @throws UserFacingException when no directory is configured, the name is not allowed or taken, or the text
     *                             is not a PEM RSA or EC public key
     */
    public TrustedKey addTrustedKey(String name, String pem) {
        Path dir = requireDir();
        if (name == null || !KEY_NAME.matcher(name).matches()) {
            throw new UserFacingException("name", "plugins.error.keyName", String.valueOf(name));
        }
        TrustedKey key;
        try {
            key = parse(name, pem == null ? "" : pem);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new UserFacingException(null, "plugins.error.notAPublicKey", name);
        }
        Path file = dir.resolve(name + ".pem");
        try {
            Files.createDirectories(dir);
            if (Files.exists(file)) {
                throw new UserFacingException("name", "plugins.error.keyExists", name);
            }
            Files.writeString(file, pem, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write trusted plugin key " + file, e);
        }
        return key;
    }

    /** Stops trusting a key; jars it signed stay installed. */
    public void removeTrustedKey(String name) {
        Path dir = requireDir();
        if (name == null || !KEY_NAME.matcher(name).matches()) {
            throw new UserFacingException("name", "plugins.error.keyName", String.valueOf(name));
        }
        try {
            if (!Files.deleteIfExists(dir.resolve(name + ".pem"))) {
                throw new UserFacingException(null, "plugins.error.unknownTrustedKey", name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove trusted plugin key " + name, e);
        }
    }

    private Path requireDir() {
        if (properties.trustedKeysDir() == null) {
            throw new UserFacingException(null, "plugins.error.noKeysDir");
        }
        return properties.trustedKeysDir();
    }

    /**
     * Checks {@code signature} of {@code jar}.
     *
     * @return the name of the trusted key that made the signature, or empty for an unsigned jar where signatures
     * are optional
     * @throws UserFacingException unsigned where signatures are required; signed with a key that is not trusted;
     *                             made with a trusted key but not over this jar (changed after signing)
     */
    public Optional<String> verify(String fileName, byte[] jar, byte[] signature) {
        if (signature == null || signature.length == 0) {
            if (properties.required()) {
                throw new UserFacingException(null, "plugins.error.unsigned", fileName);
            }
            return Optional.empty();
        }
        List<TrustedKey> keys = trustedKeys();
        for (TrustedKey trusted : keys) {
            if (verifies(trusted.key(), jar, signature)) {
                return Optional.of(trusted.name());
            }
        }
        // RSA signatures reveal which key made them: a trusted key that opens the signature but disagrees on the
        // digest means the jar is not the one that was signed.
        for (TrustedKey trusted : keys) {
            if (trusted.key() instanceof RSAPublicKey && madeWith(trusted.key(), signature)) {
                throw new UserFacingException(null, "plugins.error.badSignature", fileName, trusted.name());
            }
        }
        throw new UserFacingException(null, "plugins.error.unknownKey", fileName,
                keys.isEmpty() ? "—" : String.join(", ", keys.stream().map(TrustedKey::name).toList()));
    }

    static TrustedKey parse(String name, String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        if (!pem.contains("-----BEGIN PUBLIC KEY-----") || base64.isEmpty()) {
            throw new IllegalStateException("Trusted plugin key " + name + " is not a PEM public key (-----BEGIN PUBLIC KEY-----)");
        }
        byte[] der = Base64.getDecoder().decode(base64);
        for (String algorithm : List.of("RSA", "EC")) {
            try {
                PublicKey key = KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
                return new TrustedKey(name, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der)), key);
            } catch (GeneralSecurityException e) {
                // not this algorithm; try the next
            }
        }
        throw new IllegalStateException("Trusted plugin key " + name + " is neither an RSA nor an EC public key");
    }

    private static boolean verifies(PublicKey key, byte[] jar, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(key instanceof ECPublicKey ? "SHA256withECDSA" : "SHA256withRSA");
            verifier.initVerify(key);
            verifier.update(jar);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** Whether the RSA signature's padding opens with this key, i.e. the key's owner made it (over whatever data). */
    private static boolean madeWith(PublicKey key, byte[] signature) {
        try {
            Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            rsa.init(Cipher.DECRYPT_MODE, key);
            byte[] digestInfo = rsa.doFinal(signature);
            return digestInfo.length > 32 && !Arrays.equals(digestInfo, new byte[digestInfo.length]);
        } catch (GeneralSecurityException e) {
            return false; // bad padding: another key's signature
        }
    }
}
