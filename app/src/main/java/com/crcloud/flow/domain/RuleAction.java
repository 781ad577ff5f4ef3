package com.crcloud.flow.domain;

/** What a matching rule does. */
public enum RuleAction {
    /** After the assessment: the flow approves the case, unless a reject rule, a four-eyes rule or a step's
     *  consequence asks for a person. */
    AUTO_APPROVE,
    /** After the assessment: the flow rejects the case. */
    AUTO_REJECT,
    /** An approval proposed by a reviewer waits for a second person (an approver). */
    REQUIRE_FOUR_EYES
}
