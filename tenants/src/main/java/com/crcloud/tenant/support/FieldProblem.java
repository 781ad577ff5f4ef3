package com.crcloud.tenant.support;

import java.util.List;

/** Why one field's value is not acceptable: a message key (and arguments) for the user's language. */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, List.of(arguments));
    }
}
