package com.crcloud.plugin.api;

/**
 * Why a value does not fit a {@link SettingDefinition}: a kind the host can translate, the bound or choices it
 * refers to, and an English message for logs and tests.
 *
 * @param kind   what is wrong
 * @param detail the bound, the choices or the offending value, depending on the kind
 */
public record SettingProblem(Kind kind, String detail) {

    public enum Kind { REQUIRED, NOT_A_NUMBER, NOT_A_WHOLE_NUMBER, BELOW_MINIMUM, ABOVE_MAXIMUM, NOT_TRUE_OR_FALSE, NOT_A_CHOICE, TOO_LONG }

    public String englishMessage() {
        return switch (kind) {
            case REQUIRED -> "a value is required";
            case NOT_A_NUMBER -> "'" + detail + "' is not a number";
            case NOT_A_WHOLE_NUMBER -> "'" + detail + "' is not a whole number";
            case BELOW_MINIMUM -> "must be at least " + detail;
            case ABOVE_MAXIMUM -> "must be at most " + detail;
            case NOT_TRUE_OR_FALSE -> "must be true or false";
            case NOT_A_CHOICE -> "must be one of " + detail;
            case TOO_LONG -> "at most " + detail + " characters";
        };
    }
}
