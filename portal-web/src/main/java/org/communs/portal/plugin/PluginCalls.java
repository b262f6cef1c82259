package org.communs.portal.plugin;

import java.util.concurrent.Callable;

/**
 * Calls into a plugin with its class loader as the thread's context loader, as libraries it uses
 * (JSON-B, ServiceLoader, resource bundles) expect, and the portal's loader put back afterwards.
 */
final class PluginCalls {

    private PluginCalls() {
    }

    /** A call that throws nothing checked (a page model's supplier). */
    static <T> T supplied(ClassLoader loader, java.util.function.Supplier<T> call) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            thread.setContextClassLoader(loader);
            return call.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    static <T> T within(ClassLoader loader, Callable<T> call) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            thread.setContextClassLoader(loader);
            return call.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
