package com.crcloud.tenant.support;

import java.util.Optional;

/**
 * A business rule refused the request. Carries a message-bundle key (and arguments) so the UI can show the
 * reason in the user's language, and optionally the form field it concerns.
 */
public class UserFacingException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public UserFacingException(String field, String messageKey, Object... arguments) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The form field the problem concerns, if it concerns one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
