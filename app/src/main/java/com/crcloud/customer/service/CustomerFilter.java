package com.crcloud.customer.service;

import com.crcloud.customer.domain.NationalIdType;

/**
 * What the customer list is narrowed to.
 *
 * @param text           the beginnings of name parts, or a whole e-mail, phone or ID number; blank means all
 * @param nationalIdType only customers with this kind of ID, or null for all
 */
public record CustomerFilter(String text, NationalIdType nationalIdType) {

    public static final CustomerFilter ALL = new CustomerFilter(null, null);
}
