package com.crcloud.plugin.api;

import org.pf4j.ExtensionPoint;

/** Estimates how likely a customer is to default, explaining which factors moved the estimate and by how much. */
public interface RiskModel extends ExtensionPoint, Configurable {

    RiskAssessment assess(ExtensionContext context, CustomerSnapshot customer);
}
