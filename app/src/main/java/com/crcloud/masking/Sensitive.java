package com.crcloud.masking;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity's text field as {@link SensitiveData}: every display path (history states and diffs included)
 * shows it through {@link Masks}, found by this annotation so a new sensitive field is masked everywhere at once.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Sensitive {
    SensitiveData value();
}
