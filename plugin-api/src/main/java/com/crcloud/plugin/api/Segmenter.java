package com.crcloud.plugin.api;

import org.pf4j.ExtensionPoint;

/** Puts a customer into a risk class and a service tier, with reasons. */
public interface Segmenter extends ExtensionPoint, Configurable {

    Segmentation segment(ExtensionContext context, CustomerSnapshot customer);
}
