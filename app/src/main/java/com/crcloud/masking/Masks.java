package com.crcloud.masking;

import org.springframework.beans.BeanUtils;
import org.springframework.util.ReflectionUtils;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How sensitive values look masked: an ID number keeps its first 3 and last 4 characters
 * ({@code 110***********1234}), a phone number its first 3 and last 4 digits ({@code 138****5678}, punctuation
 * kept); shorter values keep only their last 2, so at least half is always hidden. Masking is the same function
 * everywhere, so a value shown masked can be recognised when it comes back unchanged from a form.
 */
public final class Masks {

    private static final char MASK = '*';
    private static final Map<Class<?>, List<Field>> SENSITIVE_FIELDS = new ConcurrentHashMap<>();

    private Masks() {
    }

    /** The masked form of a value; {@code null} stays {@code null}. */
    public static String mask(SensitiveData kind, String value) {
        if (value == null) {
            return null;
        }
        return switch (kind) {
            case NATIONAL_ID -> value.length() >= 12 ? keep(value, 3, 4) : keep(value, 0, 2);
            case PHONE -> maskDigits(value);
        };
    }

    /** The value of an entity's field as it may be shown: masked if the field is {@link Sensitive}. */
    public static Object shown(Class<?> type, String field, Object value) {
        return sensitiveFields(type).stream().filter(candidate -> candidate.getName().equals(field)).findFirst()
                .map(candidate -> (Object) mask(candidate.getAnnotation(Sensitive.class).value(), (String) value))
                .orElse(value);
    }

    /**
     * The entity as it may be shown: the same object if it has no {@link Sensitive} field, else a copy (never a
     * managed entity, so nothing masked can be flushed) with those fields masked.
     */
    public static <T> T shown(T entity) {
        if (entity == null) {
            return null;
        }
        List<Field> fields = sensitiveFields(entity.getClass());
        if (fields.isEmpty()) {
            return entity;
        }
        @SuppressWarnings("unchecked")
        T copy = (T) BeanUtils.instantiateClass(entity.getClass());
        ReflectionUtils.shallowCopyFieldState(entity, copy);
        for (Field field : fields) {
            ReflectionUtils.setField(field, copy, mask(field.getAnnotation(Sensitive.class).value(), (String) ReflectionUtils.getField(field, copy)));
        }
        return copy;
    }

    private static List<Field> sensitiveFields(Class<?> type) {
        return SENSITIVE_FIELDS.computeIfAbsent(type, key -> {
            List<Field> fields = new ArrayList<>();
            ReflectionUtils.doWithFields(key, field -> {
                ReflectionUtils.makeAccessible(field);
                fields.add(field);
            }, field -> field.isAnnotationPresent(Sensitive.class) && field.getType() == String.class);
            return List.copyOf(fields);
        });
    }

    private static String keep(String value, int head, int tail) {
        if (value.length() <= head + tail) {
            return String.valueOf(MASK).repeat(value.length());
        }
        return value.substring(0, head) + String.valueOf(MASK).repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }

    private static String maskDigits(String value) {
        int digits = (int) value.chars().filter(Character::isDigit).count();
        int head = digits >= 9 ? 3 : 0;
        int tail = digits >= 9 ? 4 : Math.min(2, digits / 2);
        StringBuilder masked = new StringBuilder(value.length());
        int index = 0;
        for (char c : value.toCharArray()) {
            if (Character.isDigit(c)) {
                masked.append(index < head || index >= digits - tail ? c : MASK);
                index++;
            } else {
                masked.append(c);
            }
        }
        return masked.toString();
    }
}
