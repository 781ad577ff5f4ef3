package com.crcloud.flow.domain;

/**
 * Where in a case's life a flow stage runs: verification stages run when the reviewer starts verification
 * (checks and screening), assessment stages when the reviewer starts the assessment (risk models, segmenters).
 */
public enum StagePhase {
    VERIFICATION,
    ASSESSMENT
}
