package com.crcloud.customer.domain;

import java.util.Optional;

/**
 * The file formats a document may have, recognised by their content (magic bytes), never by the file name or
 * the MIME type a browser claims: a renamed program stays a program.
 */
public enum DocumentFormat {
    /** {@code %PDF-} at the very start (no leading bytes tolerated, which closes the door to polyglot files). */
    PDF("application/pdf", "pdf", new byte[]{'%', 'P', 'D', 'F', '-'}),
    /** SOI marker followed by the start of the next marker. */
    JPEG("image/jpeg", "jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    /** The full 8-byte PNG signature. */
    PNG("image/png", "png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private final String mediaType;
    private final String extension;
    private final byte[] signature;

    DocumentFormat(String mediaType, String extension, byte[] signature) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The accepted format the content starts like, if any. */
    public static Optional<DocumentFormat> sniff(byte[] content) {
        for (DocumentFormat format : values()) {
            if (startsWith(content, format.signature)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    public static Optional<DocumentFormat> ofMediaType(String mediaType) {
        for (DocumentFormat format : values()) {
            if (format.mediaType.equals(mediaType)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the content is an executable program: Windows/DOS ({@code MZ}), ELF or Mach-O. Only used to name
     * the problem more precisely; anything that is not an accepted format is refused anyway.
     */
    public static boolean looksExecutable(byte[] content) {
        return startsWith(content, new byte[]{'M', 'Z'})
                || startsWith(content, new byte[]{0x7F, 'E', 'L', 'F'})
                || startsWith(content, new byte[]{(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE})
                || startsWith(content, new byte[]{(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCF});
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content == null || content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
