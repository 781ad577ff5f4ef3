package com.crcloud.plugin.api;

import org.pf4j.ExtensionPoint;

import java.util.List;

/** Screens a person against watchlists (sanctions, PEP, internal lists) and explains each candidate hit. */
public interface ScreeningProvider extends ExtensionPoint, Configurable {

    /** Candidate hits above the provider's threshold, best first; empty when nothing matches. */
    List<ScreeningHit> screen(ExtensionContext context, ScreeningSubject subject);
}
