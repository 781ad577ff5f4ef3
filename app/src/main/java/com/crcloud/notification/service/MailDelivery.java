package com.crcloud.notification.service;

/**
 * What became of one email.
 *
 * @param status SENT when the tenant's server accepted it, FAILED when it refused or could not be reached,
 *               NOT_CONFIGURED when the tenant has no enabled mail server
 * @param detail why it failed or was not sent, in the words of the server or of this product
 */
public record MailDelivery(Status status, String detail) {

    public enum Status { SENT, FAILED, NOT_CONFIGURED }
}
