package com.crcloud.plugins.kyc;

import org.pf4j.Plugin;

/**
 * Entry point of the KYC plugin. The plugin holds no state of its own: its work is done by the identity-stage
 * {@link com.crcloud.plugin.api.ReviewCheck} extensions ({@link ResidentIdCheck}, {@link AgeCheck},
 * {@link CompletenessCheck}, {@link DocumentChecklistCheck} and {@link IdentitySourceCheck}), which the host
 * discovers through their {@code @Extension} annotations.
 */
public class KycPlugin extends Plugin {
}
