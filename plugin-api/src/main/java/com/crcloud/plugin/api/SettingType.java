package com.crcloud.plugin.api;

/** The kind of value a setting holds; decides the input the host renders and how it validates it. */
public enum SettingType {
    TEXT,
    /** Whole number; bounds apply. */
    INTEGER,
    /** Decimal number; bounds apply. */
    DECIMAL,
    BOOLEAN,
    /** One of {@link SettingDefinition#choices()}. */
    CHOICE
}
