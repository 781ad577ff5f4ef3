package com.crcloud.customer.service;

import java.nio.charset.Charset;

/**
 * A customer CSV file to import.
 *
 * @param charset the encoding of a file without a byte-order mark (UTF-8, or GB18030 as Chinese Excel saves)
 */
public record ImportRequest(String fileName, byte[] content, Charset charset, ImportMode mode) {
}
