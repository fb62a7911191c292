package org.canon.graph.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.canon.graph.store.StoreException;
import org.canon.graph.store.StoreInUseException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A start-up that fails on the store is reported with the store's own message and an action that fits it. */
class StartupFailureAnalyzerTest {

    @Test
    void aStoreHeldByAnotherProcessSaysToStopIt() {
        StoreInUseException inUse = new StoreInUseException("The store folder /x is in use by another process", null);
        FailureAnalysis a = new StartupFailureAnalyzer().analyze(new BeanCreationException("canonStore", "failed", inUse));
        assertThat(a.getDescription()).isEqualTo("The store folder /x is in use by another process");
        assertThat(a.getAction()).contains("Stop the process that holds the store", "canon.store.dir");
    }

    @Test
    void anyOtherStoreFailureSaysToCorrectTheSettings() {
        FailureAnalysis a = new StartupFailureAnalyzer().analyze(new StoreException("The store folder /x is a file"));
        assertThat(a.getAction()).startsWith("Correct the store settings");
    }
}
