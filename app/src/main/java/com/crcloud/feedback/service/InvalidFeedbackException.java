package com.crcloud.feedback.service;

import com.crcloud.tenant.support.FieldProblem;

import java.util.List;

/** Entries of a survey answer or complaint form break the rules; nothing was stored. Fields name form fields. */
public class InvalidFeedbackException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidFeedbackException(List<FieldProblem> problems) {
        super("Invalid entries: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
