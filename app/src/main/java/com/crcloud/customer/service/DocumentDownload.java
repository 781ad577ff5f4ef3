package com.crcloud.customer.service;

/** A document's bytes with the name and media type to send them under. */
public record DocumentDownload(String fileName, String mediaType, byte[] content) {

    public DocumentDownload {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
