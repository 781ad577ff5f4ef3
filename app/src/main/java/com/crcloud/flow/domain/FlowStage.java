package com.crcloud.flow.domain;

import java.util.List;

/** A named stage of a flow: its steps run in order when the case reaches the stage's phase. */
public record FlowStage(String name, StagePhase phase, List<FlowStep> steps) {

    public FlowStage {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
