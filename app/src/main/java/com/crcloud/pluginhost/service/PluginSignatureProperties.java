package com.crcloud.pluginhost.service;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Whether uploaded plugin jars must carry a detached signature, and where the trusted public keys are.
 *
 * @param required       refuse an upload without a signature
 * @param trustedKeysDir directory of PEM public keys ({@code *.pem}, RSA or EC; the file name is the key's name);
 *                       none means no key is trusted
 */
@ConfigurationProperties("crc.plugin-signatures")
public record PluginSignatureProperties(boolean required, Path trustedKeysDir) {
}
