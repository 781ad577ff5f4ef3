package com.crcloud.plugin.api;

/**
 * The SDK's own semantic version, independent of the host's release number. A plugin declares the range it
 * needs in its manifest ({@code Plugin-Requires: >=1.0.0 & <2.0.0}); the host refuses a plugin whose range does
 * not include this version and says which versions disagree.
 *
 * <p>Minor versions only add (new extension points, new context or snapshot fields, new enum constants plugins
 * must tolerate); a major version may remove or change.
 */
public final class PluginApi {

    public static final String VERSION = "1.1.0";

    private PluginApi() {
    }
}
