package com.crcloud.pluginhost.service;

import com.crcloud.plugin.api.SettingProblem;

import java.util.Map;

/** Some submitted setting values do not fit their definitions; nothing was stored. */
public class InvalidSettingsException extends RuntimeException {

    private final transient Map<String, SettingProblem> problems;

    public InvalidSettingsException(Map<String, SettingProblem> problems) {
        super("Invalid settings: " + problems);
        this.problems = Map.copyOf(problems);
    }

    /** Problem by setting name. */
    public Map<String, SettingProblem> problems() {
        return problems;
    }
}
