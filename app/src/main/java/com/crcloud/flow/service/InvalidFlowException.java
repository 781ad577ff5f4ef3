package com.crcloud.flow.service;

import com.crcloud.tenant.support.FieldProblem;
import com.crcloud.tenant.support.UserFacingException;

import java.util.List;

/** A flow cannot be published or imported as it is; the problems say where and why. Nothing was saved. */
public class InvalidFlowException extends UserFacingException {

    private final transient List<FieldProblem> problems;

    public InvalidFlowException(List<FieldProblem> problems) {
        super(null, "flow.error.invalid", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
