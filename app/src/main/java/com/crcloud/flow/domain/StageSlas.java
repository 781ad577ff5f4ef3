package com.crcloud.flow.domain;

/** Hours a case may stay in each stage of its life before it is overdue. */
public record StageSlas(int collecting, int verifying, int assessing, int approval, int moreInfo) {

    public static final StageSlas DEFAULT = new StageSlas(72, 24, 48, 24, 336);
}
