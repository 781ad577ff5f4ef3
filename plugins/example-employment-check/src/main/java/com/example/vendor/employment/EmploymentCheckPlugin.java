package com.example.vendor.employment;

import org.pf4j.Plugin;

/** The plugin's entry point, named in the manifest's Plugin-Class; the work is done by its extensions. */
public class EmploymentCheckPlugin extends Plugin {
}
