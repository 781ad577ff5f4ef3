package com.crcloud.audit.service;

/**
 * One field that differs between two states of an entity.
 *
 * @param field  the Java field name (labelled {@code <entity>.<field>} in the bundles)
 * @param before the value before ({@code null} for an addition or an unset field)
 * @param after  the value after ({@code null} when cleared)
 */
public record FieldChange(String field, Object before, Object after) {
}
