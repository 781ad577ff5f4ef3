package com.crcloud.plugins.feedback;

import org.pf4j.Plugin;

/**
 * Plugin entry point. The work is done by two {@link com.crcloud.plugin.api.FeedbackChannel} extensions:
 * {@link PostDecisionSurvey} measures satisfaction (CSAT, NPS) after a decision, and {@link ComplaintIntake}
 * offers rejected applicants a complaint form and sets its severity and handling deadline.
 */
public class FeedbackPlugin extends Plugin {
}
