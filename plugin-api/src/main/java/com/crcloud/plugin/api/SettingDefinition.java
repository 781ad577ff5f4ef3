package com.crcloud.plugin.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One parameter an extension lets tenants set. The host renders a form field from it, validates input against
 * it and stores the values per tenant, versioned and audited.
 *
 * @param name         stable key, {@code [a-zA-Z][a-zA-Z0-9]*}; never rename once released
 * @param labels       label by language tag; {@code "en"} is required, {@code "zh-CN"} recommended
 * @param type         the kind of value
 * @param defaultValue the value used while the tenant has set none (may be null for optional settings)
 * @param min          inclusive lower bound for numbers, or null
 * @param max          inclusive upper bound for numbers, or null
 * @param required     whether a value must be present
 * @param choices      allowed values for {@link SettingType#CHOICE}
 */
public record SettingDefinition(String name, Map<String, String> labels, SettingType type, String defaultValue,
                                BigDecimal min, BigDecimal max, boolean required, List<String> choices) {

    /** Longest value a TEXT setting may hold. */
    public static final int MAX_TEXT = 2000;
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");

    public SettingDefinition {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Setting name '" + name + "' must match " + NAME.pattern());
        }
        labels = Map.copyOf(labels);
        if (!labels.containsKey("en")) {
            throw new IllegalArgumentException("Setting '" + name + "' needs an English label (\"en\")");
        }
        Objects.requireNonNull(type, "type");
        choices = List.copyOf(choices);
        if (type == SettingType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("Choice setting '" + name + "' needs choices");
        }
    }

    public static SettingDefinition integer(String name, String english, String chinese, int defaultValue, int min, int max) {
        return new SettingDefinition(name, labels(english, chinese), SettingType.INTEGER, Integer.toString(defaultValue),
                BigDecimal.valueOf(min), BigDecimal.valueOf(max), true, List.of());
    }

    public static SettingDefinition decimal(String name, String english, String chinese, String defaultValue, String min, String max) {
        return new SettingDefinition(name, labels(english, chinese), SettingType.DECIMAL, defaultValue,
                min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max), true, List.of());
    }

    public static SettingDefinition bool(String name, String english, String chinese, boolean defaultValue) {
        return new SettingDefinition(name, labels(english, chinese), SettingType.BOOLEAN, Boolean.toString(defaultValue),
                null, null, true, List.of());
    }

    public static SettingDefinition text(String name, String english, String chinese, String defaultValue, boolean required) {
        return new SettingDefinition(name, labels(english, chinese), SettingType.TEXT, defaultValue, null, null, required, List.of());
    }

    public static SettingDefinition choice(String name, String english, String chinese, String defaultValue, List<String> choices) {
        return new SettingDefinition(name, labels(english, chinese), SettingType.CHOICE, defaultValue, null, null, true, choices);
    }

    /** The label in the given language tag, falling back to English. */
    public String label(String languageTag) {
        return labels.getOrDefault(languageTag, labels.get("en"));
    }

    /** Why a value does not fit this setting, or empty when it does. Hosts and plugin tests apply the same rule. */
    public Optional<SettingProblem> validate(String value) {
        if (value == null || value.isBlank()) {
            return required ? problem(SettingProblem.Kind.REQUIRED, "") : Optional.empty();
        }
        String trimmed = value.trim();
        return switch (type) {
            case INTEGER, DECIMAL -> validateNumber(trimmed);
            case BOOLEAN -> trimmed.equals("true") || trimmed.equals("false")
                    ? Optional.empty() : problem(SettingProblem.Kind.NOT_TRUE_OR_FALSE, trimmed);
            case CHOICE -> choices.contains(trimmed) ? Optional.empty() : problem(SettingProblem.Kind.NOT_A_CHOICE, String.join(", ", choices));
            case TEXT -> trimmed.length() <= MAX_TEXT ? Optional.empty() : problem(SettingProblem.Kind.TOO_LONG, Integer.toString(MAX_TEXT));
        };
    }

    private Optional<SettingProblem> validateNumber(String trimmed) {
        BigDecimal number;
        try {
            number = new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            return problem(SettingProblem.Kind.NOT_A_NUMBER, trimmed);
        }
        if (type == SettingType.INTEGER && number.stripTrailingZeros().scale() > 0) {
            return problem(SettingProblem.Kind.NOT_A_WHOLE_NUMBER, trimmed);
        }
        if (min != null && number.compareTo(min) < 0) {
            return problem(SettingProblem.Kind.BELOW_MINIMUM, min.toPlainString());
        }
        if (max != null && number.compareTo(max) > 0) {
            return problem(SettingProblem.Kind.ABOVE_MAXIMUM, max.toPlainString());
        }
        return Optional.empty();
    }

    private static Optional<SettingProblem> problem(SettingProblem.Kind kind, String detail) {
        return Optional.of(new SettingProblem(kind, detail));
    }

    private static Map<String, String> labels(String english, String chinese) {
        return chinese == null ? Map.of("en", english) : Map.of("en", english, "zh-CN", chinese);
    }
}
