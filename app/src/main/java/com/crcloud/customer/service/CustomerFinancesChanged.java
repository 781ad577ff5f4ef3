package com.crcloud.customer.service;

import java.util.UUID;

/** Published after a saved change to an existing customer's income, expenses or currency has been committed. */
public record CustomerFinancesChanged(UUID customerId) {
}
