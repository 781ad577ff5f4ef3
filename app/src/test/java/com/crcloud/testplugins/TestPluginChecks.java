package com.crcloud.testplugins;

import com.crcloud.plugin.api.CheckResult;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.ReviewCheck;
import org.pf4j.Plugin;

import java.util.Map;

/**
 * Classes that {@code PluginJars} packs into throw-away plugin jars: a well-behaved check, one that throws and
 * one that hangs. They sit in test code only so the loading tests can build real jars from them.
 */
public final class TestPluginChecks {

    private TestPluginChecks() {
    }

    public static class TestPlugin extends Plugin {
    }

    public static class GoodCheck implements ReviewCheck {
        public String id() {
            return "good";
        }

        public Map<String, String> names() {
            return Map.of("en", "Good check");
        }

        public CheckResult run(ExtensionContext context, CustomerSnapshot customer) {
            return CheckResult.pass("fine for " + context.tenantId());
        }
    }

    public static class ThrowingCheck implements ReviewCheck {
        public String id() {
            return "throwing";
        }

        public Map<String, String> names() {
            return Map.of("en", "Throwing check");
        }

        public CheckResult run(ExtensionContext context, CustomerSnapshot customer) {
            throw new IllegalStateException("vendor bug");
        }
    }

    public static class HangingCheck implements ReviewCheck {
        public String id() {
            return "hanging";
        }

        public Map<String, String> names() {
            return Map.of("en", "Hanging check");
        }

        public CheckResult run(ExtensionContext context, CustomerSnapshot customer) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return CheckResult.pass("too late");
        }
    }
}
