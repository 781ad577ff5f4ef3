package com.crcloud.review.service;

import com.crcloud.tenant.support.FieldProblem;

import java.util.List;

/** A review policy with values the rules cannot work with; each problem names its field. */
public class InvalidPolicyException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidPolicyException(List<FieldProblem> problems) {
        super("Invalid review policy: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
