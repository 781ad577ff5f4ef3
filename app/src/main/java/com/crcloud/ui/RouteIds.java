package com.crcloud.ui;

import java.util.Optional;
import java.util.UUID;

/** Ids in the address bar: anything that is not a UUID reads as "no such record", like another tenant's id. */
public final class RouteIds {

    private RouteIds() {
    }

    public static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
