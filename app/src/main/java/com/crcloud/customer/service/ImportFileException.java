package com.crcloud.customer.service;

import com.crcloud.tenant.support.UserFacingException;

/** The file as a whole cannot be read as customer CSV (header, encoding, kind of file); no row was looked at. */
public class ImportFileException extends UserFacingException {

    public ImportFileException(String messageKey, Object... arguments) {
        super(null, messageKey, arguments);
    }
}
