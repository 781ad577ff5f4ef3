package com.crcloud.flow.domain;

/** Whether every condition of a rule must hold, or one is enough. */
public enum RuleMatch {
    ALL,
    ANY
}
