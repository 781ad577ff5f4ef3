package com.crcloud.customer.service;

import com.crcloud.customer.domain.NationalIdType;

/**
 * What the customer list is narrowed to.
 *
 * @param text           matched against name, e-mail and phone (contains) and ID number (prefix); blank means all
 * @param nationalIdType only customers with this kind of ID, or null for all
 */
public record CustomerFilter(String text, NationalIdType nationalIdType) {

    public static final CustomerFilter ALL = new CustomerFilter(null, null);
}
