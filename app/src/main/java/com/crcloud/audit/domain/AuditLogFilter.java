package com.crcloud.audit.domain;

import java.time.Instant;

/**
 * What the audit log is narrowed to; every part is optional (null or blank = any).
 *
 * @param entityType Envers entity name (the entity's class name) changed in the revision
 * @param entity     an entity id, or part of a customer's name (current or former, deleted customers included)
 * @param user       the user name, exactly
 * @param screen     part of the screen the change was made from
 * @param changeType 0 added, 1 changed, 2 deleted (of any entity in the revision, or of {@code entityType})
 * @param from       earliest time, inclusive
 * @param to         latest time, exclusive
 * @param reason     part of the reason entered
 */
public record AuditLogFilter(String entityType, String entity, String user, String screen, Integer changeType,
                             Instant from, Instant to, String reason) {

    public static final AuditLogFilter ANY = new AuditLogFilter(null, null, null, null, null, null, null, null);
}
