package com.crcloud.designer.ui;

import com.crcloud.flow.domain.StagePhase;
import com.crcloud.pluginhost.service.ExtensionKind;
import com.crcloud.pluginhost.service.TenantExtension;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The tenant's extensions as the designer offers them: which may be a step of which phase, and their names. */
final class StepCatalogue {

    private static final Map<StagePhase, Set<ExtensionKind>> KINDS = Map.of(
            StagePhase.VERIFICATION, Set.of(ExtensionKind.REVIEW_CHECK, ExtensionKind.SCREENING_PROVIDER),
            StagePhase.ASSESSMENT, Set.of(ExtensionKind.RISK_MODEL, ExtensionKind.SEGMENTER));

    private final Map<String, TenantExtension> byKey = new LinkedHashMap<>();

    StepCatalogue(List<TenantExtension> extensions) {
        extensions.forEach(item -> byKey.put(item.extension().key(), item));
    }

    /** The enabled extensions of the kinds that fit the phase: what "add step" offers. */
    List<TenantExtension> offeredFor(StagePhase phase) {
        Set<ExtensionKind> kinds = phase == null ? Set.of() : KINDS.get(phase);
        return byKey.values().stream().filter(TenantExtension::enabled)
                .filter(item -> kinds.contains(item.extension().kind())).toList();
    }

    Optional<TenantExtension> find(String extensionKey) {
        return Optional.ofNullable(byKey.get(extensionKey));
    }

    /** The extension's name in the user's language; the bare key for one that is not installed. */
    String name(String extensionKey, Locale locale) {
        return find(extensionKey).map(item -> item.extension().name(locale)).orElse(extensionKey);
    }
}
