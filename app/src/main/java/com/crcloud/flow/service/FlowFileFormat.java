package com.crcloud.flow.service;

/** The file formats a flow exports to and imports from. */
public enum FlowFileFormat {
    JSON("application/json", ".json"),
    YAML("application/yaml", ".yaml");

    private final String mediaType;
    private final String extension;

    FlowFileFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** YAML for {@code .yaml}/{@code .yml} files, JSON otherwise. */
    public static FlowFileFormat ofFileName(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
    }
}
