package com.crcloud.notification.service;

import com.crcloud.tenant.support.FieldProblem;

import java.util.List;

/** Mail settings no server could be reached with; each problem names its field. */
public class InvalidMailSettingsException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidMailSettingsException(List<FieldProblem> problems) {
        super("Invalid mail settings: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
