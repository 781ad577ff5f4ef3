package com.crcloud.flow.domain;

/** The service plan an approved customer of this tier gets; tier {@value #ANY_OTHER} covers every other tier. */
public record TierPlan(String tier, String servicePlan) {

    public static final String ANY_OTHER = "*";
}
