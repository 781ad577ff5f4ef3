package com.crcloud.audit.service;

/**
 * An exported trail: the file, its name and media type, how many revisions it lists, and the SHA-256 (hex) of the
 * listed rows as CSV (for a CSV export, the file's own hash; a PDF report prints it).
 */
public record AuditExport(String fileName, String mediaType, byte[] content, long revisions, String sha256) {

    public AuditExport {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
