package com.crcloud.privacy.service;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AES-256-GCM (authenticated: a changed byte fails to decrypt) with a random 96-bit nonce per value, and the key
 * version stored with the ciphertext so keys can rotate. Text is stored as {@code k<version>:<Base64>}, bytes
 * behind a {@code CRCE} marker and the version. A stored value without the marker is plaintext from before
 * encryption: it is read as it is until rotation encrypts it.
 */
public class PersonalDataCipher {

    private static final Pattern TEXT = Pattern.compile("k(\\d{1,9}):([A-Za-z0-9+/=]+)");
    private static final byte[] BYTES_MARKER = "CRCE".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final PersonalDataKeys keys;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(PersonalDataKeys keys) {
        this.keys = keys;
    }

    public int activeKeyVersion() {
        return keys.activeVersion();
    }

    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        return "k" + keys.activeVersion() + ":" + Base64.getEncoder().encodeToString(seal(plaintext.getBytes(StandardCharsets.UTF_8)));
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        Matcher matcher = TEXT.matcher(stored);
        if (!matcher.matches()) {
            return stored;
        }
        return new String(open(Integer.parseInt(matcher.group(1)), Base64.getDecoder().decode(matcher.group(2))), StandardCharsets.UTF_8);
    }

    public byte[] encrypt(byte[] plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] sealed = seal(plaintext);
        return ByteBuffer.allocate(BYTES_MARKER.length + Integer.BYTES + sealed.length)
                .put(BYTES_MARKER).putInt(keys.activeVersion()).put(sealed).array();
    }

    public byte[] decrypt(byte[] stored) {
        return stored == null ? null : bytesVersion(stored)
                .map(version -> open(version, Arrays.copyOfRange(stored, BYTES_MARKER.length + Integer.BYTES, stored.length)))
                .orElse(stored);
    }

    /** Whether a stored value is already encrypted with the active key (rotation skips it). */
    public boolean underActiveKey(String stored) {
        Matcher matcher = stored == null ? null : TEXT.matcher(stored);
        return stored == null || matcher.matches() && Integer.parseInt(matcher.group(1)) == keys.activeVersion();
    }

    public boolean underActiveKey(byte[] stored) {
        return stored == null || bytesVersion(stored).filter(version -> version == keys.activeVersion()).isPresent();
    }

    /**
     * A keyed hash for equality lookups of encrypted values (HMAC-SHA256, hex): the same normalised value of the
     * same kind always gives the same index, and the index reveals nothing without the key.
     */
    public String blindIndex(String kind, String normalisedValue) {
        if (normalisedValue == null || normalisedValue.isEmpty()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.indexKey());
            return HexFormat.of().formatHex(mac.doFinal((kind + ":" + normalisedValue).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 failed", e);
        }
    }

    private byte[] seal(byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.active(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    private byte[] open(int version, byte[] nonceAndCiphertext) {
        var key = keys.keys().get(version);
        if (key == null) {
            throw new IllegalStateException("Personal data is encrypted with key version " + version
                    + ", which the key file does not hold: restore that key to the key file");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonceAndCiphertext, 0, NONCE_BYTES));
            return cipher.doFinal(nonceAndCiphertext, NONCE_BYTES, nonceAndCiphertext.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Personal data failed its integrity check (changed outside the application, or the wrong key)", e);
        }
    }

    private static Optional<Integer> bytesVersion(byte[] stored) {
        boolean marked = stored.length > BYTES_MARKER.length + Integer.BYTES + NONCE_BYTES
                && Arrays.equals(stored, 0, BYTES_MARKER.length, BYTES_MARKER, 0, BYTES_MARKER.length);
        return marked ? Optional.of(ByteBuffer.wrap(stored, BYTES_MARKER.length, Integer.BYTES).getInt()) : Optional.empty();
    }
}
