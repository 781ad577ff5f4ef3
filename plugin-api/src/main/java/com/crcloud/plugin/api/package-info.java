/**
 * The Customer Review Cloud vendor SDK: extension points a plugin implements and the plain, immutable
 * data the host hands to them. Nothing here depends on Spring, JPA or Vaadin, so a plugin compiles against
 * this module and PF4J alone (both {@code provided}).
 *
 * <p>Every extension method takes one host-built context object; new context fields can be added without
 * breaking compiled plugins.
 */
package com.crcloud.plugin.api;
