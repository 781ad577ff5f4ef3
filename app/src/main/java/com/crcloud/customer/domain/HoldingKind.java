package com.crcloud.customer.domain;

import java.util.Arrays;
import java.util.List;

/**
 * What an asset or a liability is. Each kind belongs to one side of the balance sheet, so an entry needs no
 * separate side: {@link #OTHER_ASSET} and {@link #OTHER_LIABILITY} both reach plugins as {@code OTHER}.
 */
public enum HoldingKind {
    PROPERTY(Side.ASSET),
    VEHICLE(Side.ASSET),
    DEPOSITS(Side.ASSET),
    INVESTMENTS(Side.ASSET),
    OTHER_ASSET(Side.ASSET),
    MORTGAGE(Side.LIABILITY),
    CONSUMER_LOAN(Side.LIABILITY),
    CARD_DEBT(Side.LIABILITY),
    OTHER_LIABILITY(Side.LIABILITY);

    /** Owned or owed. */
    public enum Side { ASSET, LIABILITY }

    private final Side side;

    HoldingKind(Side side) {
        this.side = side;
    }

    public Side side() {
        return side;
    }

    /** The kind as the plugin SDK names it ({@code PROPERTY}, ..., {@code OTHER}). */
    public String sdkName() {
        return this == OTHER_ASSET || this == OTHER_LIABILITY ? "OTHER" : name();
    }

    public static List<HoldingKind> of(Side side) {
        return Arrays.stream(values()).filter(kind -> kind.side == side).toList();
    }
}
