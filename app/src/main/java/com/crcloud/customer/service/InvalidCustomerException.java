package com.crcloud.customer.service;

import com.crcloud.tenant.support.FieldProblem;

import java.util.List;

/** The record breaks field rules; nothing was stored. */
public class InvalidCustomerException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidCustomerException(List<FieldProblem> problems) {
        super("Invalid customer: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
