package com.crcloud.flow.domain;

import com.crcloud.plugin.api.CheckOutcome;

import java.util.Map;

/**
 * One step: an enabled plugin extension ({@code pluginId/extensionId}) run with the tenant's settings for it, the
 * step's own settings taking precedence.
 *
 * @param blocking a FAIL or ERROR of a blocking step keeps the case from moving on until verification is re-run
 *                 and passes, or the case is rejected or sent back for information
 * @param onWarn   what a WARN leads to
 * @param onFail   what a FAIL leads to
 * @param onError  what an ERROR (the extension failed) leads to
 */
public record FlowStep(String extensionKey, Map<String, String> settings, boolean blocking, StepConsequence onWarn,
                       StepConsequence onFail, StepConsequence onError) {

    public FlowStep {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
        onWarn = onWarn == null ? StepConsequence.CONTINUE : onWarn;
        onFail = onFail == null ? StepConsequence.MANUAL_REVIEW : onFail;
        onError = onError == null ? StepConsequence.MANUAL_REVIEW : onError;
    }

    /** What the step's outcome leads to; a PASS never leads anywhere. */
    public StepConsequence consequenceOf(CheckOutcome outcome) {
        return switch (outcome) {
            case PASS -> StepConsequence.CONTINUE;
            case WARN -> onWarn;
            case FAIL -> onFail;
            case ERROR -> onError;
        };
    }

    /** A FAIL or ERROR of a blocking step holds the case. */
    public boolean holds(CheckOutcome outcome) {
        return blocking && (outcome == CheckOutcome.FAIL || outcome == CheckOutcome.ERROR);
    }
}
