package com.crcloud.pluginhost.service;

import com.crcloud.plugin.api.Configurable;
import com.crcloud.plugin.api.DataImporter;
import com.crcloud.plugin.api.FeedbackChannel;
import com.crcloud.plugin.api.LifecycleListener;
import com.crcloud.plugin.api.ReviewCheck;
import com.crcloud.plugin.api.RiskModel;
import com.crcloud.plugin.api.ScreeningProvider;
import com.crcloud.plugin.api.Segmenter;

/** The SDK's extension points, as the host lists and runs them. */
public enum ExtensionKind {
    REVIEW_CHECK(ReviewCheck.class),
    SCREENING_PROVIDER(ScreeningProvider.class),
    RISK_MODEL(RiskModel.class),
    SEGMENTER(Segmenter.class),
    FEEDBACK_CHANNEL(FeedbackChannel.class),
    LIFECYCLE_LISTENER(LifecycleListener.class),
    DATA_IMPORTER(DataImporter.class);

    private final Class<? extends Configurable> type;

    ExtensionKind(Class<? extends Configurable> type) {
        this.type = type;
    }

    public Class<? extends Configurable> type() {
        return type;
    }
}
